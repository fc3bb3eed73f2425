package io.fieldline.backend.support;

import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.demo.DemoIds;
import io.fieldline.backend.tenancy.TenantTx;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Demo sales data the tests build on (ids the demo seeders derive deterministically) and builders
 * of valid GraphQL variables that a negative test breaks in one place.
 */
public final class SalesFixtures {
  /** A demo product that is active and listed in the standard price book. */
  public static final String HEAT_110 = product("HEAT-110");

  /** Another active demo product. */
  public static final String BOIL_120 = product("BOIL-120");

  /** A demo account in NW-1 (rep2's territory). */
  public static final String NW1_ACCOUNT = account(150);

  /** A demo account in NE-1 (rep1's territory). */
  public static final String NE1_ACCOUNT = account(2);

  private SalesFixtures() {}

  /** The id of the acme demo product with this SKU. */
  public static String product(String sku) {
    return DemoIds.of("product", "acme/" + sku).toString();
  }

  /** The id of the acme demo account with this index (0-74 NE-1, 75-149 NE-2, 150-224 NW-1). */
  public static String account(int index) {
    return DemoIds.of("account", "acme/" + index).toString();
  }

  /** A territory id of acme. */
  public static String territory(String code) {
    return DemoIdentity.territoryId(DemoIdentity.ACME, code).toString();
  }

  /** A quote line. */
  public static Map<String, Object> line(String productId, String quantity, String discount) {
    Map<String, Object> line = new HashMap<>();
    line.put("productId", productId);
    line.put("quantity", quantity);
    line.put("discountPercent", discount);
    return line;
  }

  /** Valid quote input for an account with the given lines (GBP, no quote discount). */
  @SafeVarargs
  public static Map<String, Object> quote(String accountId, Map<String, Object>... lines) {
    Map<String, Object> input = new HashMap<>();
    input.put("accountId", accountId);
    input.put("currency", "GBP");
    input.put("lines", new ArrayList<>(List.of(lines)));
    return input;
  }

  /** {@code {"input": input}}. */
  public static Map<String, Object> input(Map<String, Object> input) {
    return Map.of("input", input);
  }

  /** Rows in an acme table matching a condition, read as the service role within the tenant. */
  public static long count(Pool pool, String table, String condition) {
    return scalar(pool, "select count(*) from " + table + " where " + condition);
  }

  /** The single number a query answers within acme. */
  public static long scalar(Pool pool, String query) {
    return TenantTx.sql(pool, DemoIdentity.ACME.id(), c -> c.query(query).execute())
        .await()
        .indefinitely()
        .iterator()
        .next()
        .getLong(0);
  }

  /** The event types appended for a record, oldest first. */
  public static List<String> events(Pool pool, String aggregateId) {
    List<String> types = new ArrayList<>();
    TenantTx.sql(
            pool,
            DemoIdentity.ACME.id(),
            c ->
                c.query(
                        "select event_type from domain_event where aggregate_id = '"
                            + UUID.fromString(aggregateId)
                            + "' order by seq")
                    .execute())
        .await()
        .indefinitely()
        .forEach(r -> types.add(r.getString(0)));
    return types;
  }
}
