package io.fieldline.backend.sales.accounts;

/** How valuable a customer is to the tenant: A (key account) to C. */
public enum ValueGrade {
  A,
  B,
  C
}
