package io.fieldline.backend.sync.attachment;

import java.util.List;

/**
 * The media types attachments may have (photos, signatures, documents). The upload endpoints refuse
 * others ({@code ATTACHMENT_TYPE_NOT_ALLOWED}) and so do devices' attachment records ({@code
 * media_type_value}). Nothing that a browser would run (HTML, SVG, scripts) is accepted.
 */
public final class AttachmentTypes {

  /** Accepted media types. */
  public static final List<String> ALLOWED =
      List.of(
          "image/jpeg",
          "image/png",
          "image/webp",
          "image/heic",
          "image/heif",
          "application/pdf",
          "text/plain",
          "text/csv");

  private AttachmentTypes() {}

  /** Whether {@code mediaType} (exact, lower case, no parameters) is accepted. */
  public static boolean allowed(String mediaType) {
    return ALLOWED.contains(mediaType);
  }
}
