package io.fieldline.backend.service.demo;

import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.demo.DemoIdentity.TenantSpec;
import io.fieldline.backend.demo.DemoIds;
import java.util.UUID;

/**
 * The deterministic ids of the field-service demo records ({@link DemoIds} keys prefixed {@code
 * svc-}), so tests and tools can name them. Account 0 of each tenant is in its first technician's
 * territory and has site 0 with asset 0.
 */
public final class ServiceDemoIds {
  private ServiceDemoIds() {}

  public static UUID account(TenantSpec t, int i) {
    return DemoIds.of("account", "svc-" + t.slug() + "-" + i);
  }

  public static UUID site(TenantSpec t, int account, int site) {
    return DemoIds.of("site", "svc-" + t.slug() + "-" + account + "-" + site);
  }

  public static UUID contact(TenantSpec t, int account, int contact) {
    return DemoIds.of("contact", "svc-" + t.slug() + "-" + account + "-" + contact);
  }

  /** Asset {@code n} of site {@code site} of account {@code account}. */
  public static UUID asset(TenantSpec t, int account, int site, int n) {
    return DemoIds.of("asset", "svc-" + t.slug() + "-" + account + "-" + site + "-" + n);
  }

  public static UUID van(TenantSpec t, String userKey) {
    return DemoIds.of("stock-location", "svc-" + t.slug() + "-van-" + userKey);
  }

  public static UUID warehouse(TenantSpec t) {
    return DemoIds.of("stock-location", "svc-" + t.slug() + "-warehouse");
  }

  /** Spare part {@code n} (0-based) of the demo catalogue, SKU {@code SVC-Pnnn}. */
  public static UUID part(TenantSpec t, int n) {
    return DemoIds.of("product", "svc-" + t.slug() + "-part-" + n);
  }

  public static UUID user(TenantSpec t, String key) {
    return DemoIdentity.userId(t, key);
  }

  public static UUID id(TenantSpec t, String kind, String key) {
    return DemoIds.of(kind, "svc-" + t.slug() + "-" + key);
  }
}
