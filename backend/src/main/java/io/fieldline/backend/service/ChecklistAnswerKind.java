package io.fieldline.backend.service;

/** The kind of answer a checklist item takes. */
public enum ChecklistAnswerKind {
  YES_NO,
  TEXT,
  NUMBER,
  CHOICE
}
