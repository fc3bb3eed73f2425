package io.fieldline.backend.service;

/** What a visit report asks for after the visit. */
public enum FollowUpKind {
  WORK_ORDER,
  QUOTE_REQUEST
}
