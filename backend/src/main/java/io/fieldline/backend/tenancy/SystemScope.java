package io.fieldline.backend.tenancy;

/**
 * The few cross-tenant reads the service needs before it knows a tenant. Each unlocks SELECT on
 * exactly one table (see migration V1_4); nothing else becomes visible, and nothing is writable.
 */
public enum SystemScope {
  /** Map an external identity (Firebase uid) to its tenant and user: table identity_link. */
  SIGN_IN("sign-in"),
  /** List tenant ids for background workers (notification dispatcher, job leases): table tenant. */
  TENANT_DIRECTORY("tenant-directory");

  private final String setting;

  SystemScope(String setting) {
    this.setting = setting;
  }

  String setting() {
    return setting;
  }
}
