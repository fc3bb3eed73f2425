package io.fieldline.backend.service;

/** What kind of job a work order is; checklist templates are kept per type. */
public enum WorkOrderType {
  INSTALLATION,
  MAINTENANCE,
  REPAIR,
  INSPECTION
}
