package io.fieldline.backend.service;

/** Which end of an on-site stay a piece of geo evidence records. */
public enum EvidenceKind {
  CHECK_IN,
  CHECK_OUT
}
