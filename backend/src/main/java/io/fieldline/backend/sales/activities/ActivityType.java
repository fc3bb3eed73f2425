package io.fieldline.backend.sales.activities;

/** What kind of contact with the customer an activity was. */
public enum ActivityType {
  VISIT,
  CALL,
  EMAIL,
  MEETING,
  DEMO
}
