package io.fieldline.backend.accounts;

/** Where a customer stands with the tenant. */
public enum AccountLifecycle {
  PROSPECT,
  ACTIVE,
  DORMANT,
  LOST
}
