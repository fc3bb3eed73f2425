package io.fieldline.backend.harness;

import io.fieldline.sync.model.RecordKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Run 10's tenant checks beyond {@link CrossTenant}: every record a device pulled belongs to the
 * device's tenant (read from the record's own table as a superuser), and no row of any table points
 * through a foreign key at a row of another tenant (every foreign key between two tables that both
 * have {@code tenant_id}, found in the catalogue).
 */
final class TenantLeaks {
  private TenantLeaks() {}

  /** Records in devices' copies that are not of the device's tenant (or of no known tenant). */
  static long inPulls(Connection c, List<Device> devices, List<String> problems)
      throws SQLException {
    long n = 0;
    for (Device d : devices) {
      for (RecordKey key : d.client().serverCopy().keySet()) {
        UUID owner = owner(c, key);
        if (!d.tenant().equals(owner)) {
          n++;
          if (problems.size() < 20) {
            problems.add(
                d.client().deviceId() + " of " + d.tenant() + " pulled " + key + " of " + owner);
          }
        }
      }
    }
    return n;
  }

  /** Rows whose foreign key names a row of another tenant, over every such key in the schema. */
  static long inRows(Connection c, List<String> problems) throws SQLException {
    long n = 0;
    for (String q : foreignKeyQueries(c)) {
      long k = InvariantChecker.count(c, q);
      if (k > 0 && problems.size() < 20) {
        problems.add(k + " rows: " + q);
      }
      n += k;
    }
    return n;
  }

  /** How many foreign keys between tenant tables the row check covers. */
  static int foreignKeys(Connection c) throws SQLException {
    return foreignKeyQueries(c).size();
  }

  private static UUID owner(Connection c, RecordKey key) throws SQLException {
    if (!key.entityType().matches("[a-z_]+")) {
      return null;
    }
    try (PreparedStatement p =
        c.prepareStatement("select tenant_id from " + key.entityType() + " where id = ?")) {
      p.setObject(1, key.id());
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getObject(1, UUID.class) : null;
      }
    }
  }

  private static List<String> foreignKeyQueries(Connection c) throws SQLException {
    List<String> queries = new ArrayList<>();
    String sql =
        "select con.conrelid::regclass::text, con.confrelid::regclass::text,"
            + " array_to_string(array(select format('%I', a.attname) from unnest(con.conkey)"
            + "   with ordinality k(n, i) join pg_attribute a on a.attrelid = con.conrelid"
            + "   and a.attnum = k.n order by k.i), ','),"
            + " array_to_string(array(select format('%I', a.attname) from unnest(con.confkey)"
            + "   with ordinality k(n, i) join pg_attribute a on a.attrelid = con.confrelid"
            + "   and a.attnum = k.n order by k.i), ',')"
            + " from pg_constraint con where con.contype = 'f'"
            + " and exists (select 1 from pg_attribute a where a.attrelid = con.conrelid"
            + "   and a.attname = 'tenant_id' and not a.attisdropped)"
            + " and exists (select 1 from pg_attribute a where a.attrelid = con.confrelid"
            + "   and a.attname = 'tenant_id' and not a.attisdropped)";
    try (PreparedStatement p = c.prepareStatement(sql);
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        String[] from = r.getString(3).split(",");
        String[] to = r.getString(4).split(",");
        StringBuilder on = new StringBuilder();
        for (int i = 0; i < from.length; i++) {
          on.append(i == 0 ? "" : " and ")
              .append("f.")
              .append(from[i])
              .append(" = t.")
              .append(to[i]);
        }
        queries.add(
            "select count(*) from "
                + r.getString(1)
                + " f join "
                + r.getString(2)
                + " t on "
                + on
                + " where f.tenant_id is distinct from t.tenant_id");
      }
    }
    return queries;
  }
}
