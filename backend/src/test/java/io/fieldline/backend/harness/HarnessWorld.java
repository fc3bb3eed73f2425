package io.fieldline.backend.harness;

import io.fieldline.backend.devdb.DbTarget;
import io.fieldline.backend.identity.auth.DevTokens;
import io.fieldline.backend.tenancy.TenantTx;
import io.fieldline.sync.ProtocolVersion;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A seeded tenant for a run: one region and area, one territory per sales rep, accounts in every
 * territory; reps sign in with development tokens and register their devices over GraphQL, as a
 * phone does.
 */
public final class HarnessWorld {
  public final UUID tenant;
  public final UUID area;
  public final List<Rep> reps = new ArrayList<>();
  private final DataSource dataSource;
  private final Random random;

  /** A sales rep with a territory, its accounts and a token. */
  public record Rep(UUID user, UUID territory, List<UUID> accounts, String token) {}

  private HarnessWorld(DataSource dataSource, UUID tenant, long seed) {
    this.dataSource = dataSource;
    this.tenant = tenant;
    this.area = new UUID(seed, 1);
    this.random = new Random(seed);
  }

  /** The service role's data source for a harness database (row-level security applies). */
  public static DataSource dataSource(DbTarget target) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(target.jdbcUrl());
    ds.setUser(target.appUser());
    ds.setPassword(target.appPassword());
    ds.setConnectTimeout(5);
    return ds;
  }

  /** A tenant with {@code reps} reps, each with {@code accountsPerRep} accounts. */
  public static HarnessWorld seed(DataSource ds, String slug, long seed, int reps, int accounts) {
    UUID tenant = new UUID(seed, slug.hashCode());
    HarnessWorld w = new HarnessWorld(ds, tenant, seed);
    w.sql("insert into tenant (id, slug, name) values (?, ?, ?)", tenant, slug, "Harness " + slug);
    UUID region = new UUID(seed, 2);
    w.sql(
        "insert into territory (id, tenant_id, parent_id, kind, code, name) values"
            + " (?, ?, null, 'REGION', 'R', 'Region'), (?, ?, ?, 'AREA', 'A', 'Area')",
        region,
        tenant,
        w.area,
        tenant,
        region);
    Instant expiry = Instant.now().plus(Duration.ofDays(2));
    for (int r = 0; r < reps; r++) {
      UUID territory = w.uuid();
      UUID user = w.uuid();
      w.sql(
          "insert into territory (id, tenant_id, parent_id, kind, code, name)"
              + " values (?, ?, ?, 'TERRITORY', ?, ?)",
          territory,
          tenant,
          w.area,
          "T" + r,
          "Territory " + r);
      w.sql(
          "insert into app_user (id, tenant_id, email, display_name) values (?, ?, ?, ?)",
          user,
          tenant,
          "rep" + r + "@" + slug + ".example",
          "Rep " + r);
      w.sql(
          "insert into user_role (tenant_id, user_id, role) values (?, ?, 'SALES_REP')",
          tenant,
          user);
      w.sql(
          "insert into user_territory (tenant_id, user_id, territory_id) values (?, ?, ?)",
          tenant,
          user,
          territory);
      List<UUID> ids = new ArrayList<>();
      for (int a = 0; a < accounts; a++) {
        ids.add(w.uuid());
      }
      w.batch("insert into account (id, name, territory_id) values (?, ?, ?)", ids, territory);
      w.reps.add(
          new Rep(
              user,
              territory,
              List.copyOf(ids),
              DevTokens.issue(ServiceSupervisor.TOKEN_SECRET, tenant, user, expiry)));
    }
    return w;
  }

  /** Registers a device of the rep through GraphQL on the service (not through the proxy). */
  public UUID registerDevice(String serviceUrl, Rep rep) {
    UUID id = uuid();
    String body =
        "{\"query\":\"mutation R($input: DeviceInput!) { registerDevice(input: $input) { id } }\","
            + "\"variables\":{\"input\":{\"id\":\""
            + id
            + "\",\"name\":\"Harness phone\",\"platform\":\"SIMULATOR\",\"protocolVersion\":"
            + ProtocolVersion.CURRENT
            + "}}}";
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(serviceUrl + "/graphql"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + rep.token())
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200 || r.body().contains("\"errors\"")) {
        throw new IllegalStateException(
            "registerDevice failed: " + r.statusCode() + " " + r.body());
      }
    } catch (IOException e) {
      throw new IllegalStateException("registerDevice: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return id;
  }

  /** A UUID from the run's seed. */
  public synchronized UUID uuid() {
    return new UUID(random.nextLong(), random.nextLong());
  }

  /** Runs one statement in its own transaction of this tenant. */
  public void sql(String statement, Object... params) {
    tx(
        c -> {
          try (PreparedStatement p = c.prepareStatement(statement)) {
            bind(p, params);
            p.execute();
          }
        });
  }

  /** Inserts rows {@code (id, "Account <n>", extra)} in one transaction. */
  private void batch(String statement, List<UUID> ids, UUID extra) {
    tx(
        c -> {
          try (PreparedStatement p = c.prepareStatement(statement)) {
            int n = 0;
            for (UUID id : ids) {
              bind(p, id, "Account " + (n++), extra);
              p.addBatch();
            }
            p.executeBatch();
          }
        });
  }

  /** Work in a transaction of this tenant (read committed). */
  public void tx(SqlWork work) {
    try {
      TenantTx.jdbc(
          dataSource,
          tenant,
          Connection.TRANSACTION_READ_COMMITTED,
          c -> {
            work.run(c);
            return null;
          });
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** SQL work on a connection. */
  public interface SqlWork {
    void run(Connection c) throws SQLException;
  }

  private static void bind(PreparedStatement p, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      p.setObject(i + 1, params[i]);
    }
  }
}
