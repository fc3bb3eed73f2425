package io.fieldline.backend.service;

/** What a report attachment is; the file itself lives in object storage. */
public enum AttachmentKind {
  PHOTO,
  DOCUMENT
}
