package io.fieldline.backend.service.service;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.persistence.ReportContentStore;
import io.fieldline.backend.service.persistence.ReportStore;
import io.fieldline.backend.service.persistence.Rows;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The customer's signature on a report, on site. It covers the SHA-256 of the report's content at
 * that moment (a running time entry stops first, so the signed times are final); a report is signed
 * once (ALREADY_SIGNED) and never changes afterwards. When the device says which hash it showed the
 * customer and the report has changed since, the signature is refused (CONFLICT).
 */
@ApplicationScoped
public class ReportSigning {
  private final ReportEdit edit;
  private final ReportStore reports;
  private final ReportContentStore contents;

  public ReportSigning(ReportEdit edit, ReportStore reports, ReportContentStore contents) {
    this.edit = edit;
    this.reports = reports;
    this.contents = contents;
  }

  public Uni<Void> sign(
      ServiceScope scope,
      UUID visitId,
      String signerName,
      OffsetDateTime signedAt,
      String imageRef,
      String imageSha256,
      String expectedReportSha256) {
    String signer = Check.required("signerName", signerName, 200);
    String ref = Check.required("imageRef", imageRef, 1000);
    String imageHash = Check.sha256("imageSha256", imageSha256);
    if (expectedReportSha256 != null) {
      Check.sha256("expectedReportSha256", expectedReportSha256);
    }
    OffsetDateTime at = signedAt == null ? Rows.now() : signedAt;
    return edit.run(
        scope,
        visitId,
        ReportEdit.ON_SITE,
        (c, v, r) ->
            reports
                .hasRunningEntry(c, r.id())
                .invoke(
                    running -> {
                      if (running) {
                        throw new ApiException(
                            ErrorCode.INVALID_STATE,
                            "Stop the running time entry before the customer signs");
                      }
                    })
                .chain(() -> contents.load(c, r.id()))
                .chain(
                    content -> {
                      String hash = content.sha256();
                      if (expectedReportSha256 != null && !expectedReportSha256.equals(hash)) {
                        throw new ApiException(
                            ErrorCode.CONFLICT,
                            "The report changed since it was shown to the customer; show it again");
                      }
                      return reports.sign(
                          c, r.id(), signer, at, ref, imageHash, hash, scope.userId());
                    }));
  }
}
