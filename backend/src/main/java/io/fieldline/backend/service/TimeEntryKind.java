package io.fieldline.backend.service;

/** What a technician's time on a visit was spent on. */
public enum TimeEntryKind {
  TRAVEL,
  WORK,
  BREAK
}
