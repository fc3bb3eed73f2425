package io.fieldline.backend.service.graphql;

import io.fieldline.backend.service.AttachmentKind;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Inputs of report editing. */
public final class ReportInputs {
  private ReportInputs() {}

  /** An answer to a checklist item (YES/NO, a number, one of the choices, or text). */
  @Input("ChecklistAnswerInput")
  public record Answer(@NonNull String itemCode, @NonNull String value) {}

  /** A photo or document by reference: where it is stored and its SHA-256, size and type. */
  @Input("ReportAttachmentInput")
  public record Attachment(
      @NonNull AttachmentKind kind,
      @NonNull String storageRef,
      @NonNull String sha256,
      @NonNull BigInteger sizeBytes,
      @NonNull String mediaType,
      String caption) {}

  /**
   * The customer's signature: who signed, when, the stored image and its SHA-256, and optionally
   * the report hash the device showed (refused with CONFLICT if the report changed since).
   */
  @Input("SignatureInput")
  public record Signature(
      @NonNull String signerName,
      OffsetDateTime signedAt,
      @NonNull String imageRef,
      @NonNull String imageSha256,
      String expectedReportSha256) {}
}
