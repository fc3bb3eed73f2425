package io.fieldline.backend.service;

/** How a work order came about. */
public enum WorkOrderOrigin {
  PHONE,
  PORTAL,
  CASE,
  MAINTENANCE_PLAN,
  FOLLOW_UP
}
