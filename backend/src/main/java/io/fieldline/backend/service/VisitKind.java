package io.fieldline.backend.service;

/**
 * A visit is either a service appointment (for a work order) or a sales call (for an opportunity).
 */
public enum VisitKind {
  SERVICE,
  SALES
}
