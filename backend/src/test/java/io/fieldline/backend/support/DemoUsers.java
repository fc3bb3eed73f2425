package io.fieldline.backend.support;

import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.demo.DemoIdentity.TenantSpec;
import io.fieldline.backend.identity.auth.DevTokenVerifier;
import java.util.UUID;

/** Tokens and ids of the demo users the test profile loads. */
public final class DemoUsers {
  private final DevTokenVerifier tokens;

  public DemoUsers(DevTokenVerifier tokens) {
    this.tokens = tokens;
  }

  public String token(TenantSpec tenant, String key) {
    return tokens.issue(tenant.id(), id(tenant, key));
  }

  public String acme(String key) {
    return token(DemoIdentity.ACME, key);
  }

  public String globex(String key) {
    return token(DemoIdentity.GLOBEX, key);
  }

  public static UUID id(TenantSpec tenant, String key) {
    return DemoIdentity.userId(tenant, key);
  }
}
