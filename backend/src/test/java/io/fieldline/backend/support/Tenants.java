package io.fieldline.backend.support;

import io.fieldline.backend.tenancy.TenantTx;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** Creates throw-away tenants, so a test owns every row it looks at. */
public final class Tenants {
  private Tenants() {}

  /** A new, empty tenant; its id. */
  public static UUID create(DataSource dataSource, String slugPrefix) {
    UUID id = UUID.randomUUID();
    String slug = slugPrefix + "-" + id.toString().substring(0, 8);
    try {
      TenantTx.jdbc(
          dataSource,
          id,
          Connection.TRANSACTION_READ_COMMITTED,
          c -> {
            try (PreparedStatement insert =
                c.prepareStatement("insert into tenant (id, slug, name) values (?, ?, ?)")) {
              insert.setObject(1, id);
              insert.setString(2, slug);
              insert.setString(3, "Test tenant " + slug);
              insert.execute();
            }
            return null;
          });
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return id;
  }
}
