package io.fieldline.backend.harness;

import java.sql.Connection;
import java.sql.SQLException;

/** Counts sync rows that name a device, record or scope member of another tenant. */
final class CrossTenant {
  private static final String[] QUERIES = {
    "select count(*) from sync_device s join device d on d.id::text = s.device_id"
        + " where d.tenant_id <> s.tenant_id",
    "select count(*) from sync_mutation m join device d on d.id::text = m.device_id"
        + " where d.tenant_id <> m.tenant_id",
    "select count(*) from sync_record r join account a on a.id = r.record_id"
        + " where r.entity_type = 'account' and a.tenant_id <> r.tenant_id",
    "select count(*) from sync_record r join contact k on k.id = r.record_id"
        + " where r.entity_type = 'contact' and k.tenant_id <> r.tenant_id",
    "select count(*) from sync_scope_member m join sync_device s on s.scope_id = m.scope_id"
        + " where s.tenant_id <> m.tenant_id",
    "select count(*) from contact k join account a on a.id = k.account_id"
        + " where a.tenant_id <> k.tenant_id",
  };

  private CrossTenant() {}

  static long count(Connection c) throws SQLException {
    long n = 0;
    for (String q : QUERIES) {
      n += InvariantChecker.count(c, q);
    }
    return n;
  }
}
