package io.fieldline.backend.sync.attachment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the attachment endpoints ({@code fieldline.sync.attachments.*}). */
@ConfigMapping(prefix = "fieldline.sync.attachments")
public interface AttachmentSettings {

  /** Largest attachment accepted (bytes); a larger declaration gets ATTACHMENT_TOO_LARGE. */
  @WithDefault("26214400")
  long maxBytes();

  /** Largest chunk one PUT may carry (bytes); the status answer tells clients this size. */
  @WithDefault("1048576")
  int maxChunkBytes();
}
