package io.fieldline.backend.harness;

import io.fieldline.backend.devdb.DbTarget;
import io.fieldline.backend.devdb.HarnessDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * What a run stands on: a fresh database {@code fieldline_harness_<run>}, the packaged service
 * running against it, the fault proxy in front of it, and the shared metrics. Closing it kills the
 * service and drops the database (unless {@code -Dharness.keep-db=true}).
 */
public final class RunEnv implements AutoCloseable {
  public final String name;
  public final long seed;
  public final DbTarget db;
  public final DataSource dataSource;
  public final ServiceSupervisor service;
  public final FaultProxy proxy;
  public final Metrics metrics = new Metrics();
  public final List<Device> devices = new ArrayList<>();

  private RunEnv(String name, long seed, DbTarget db, List<String> serviceProperties) {
    this.name = name;
    this.seed = seed;
    this.db = db;
    this.dataSource = HarnessWorld.dataSource(db);
    Path config = Path.of("target", "harness", name + "-db.properties");
    HarnessDatabases.writeConfig(config, db);
    this.service = new ServiceSupervisor(config, name, serviceProperties);
    this.proxy = new FaultProxy(service::baseUrl, seed);
    java.time.Duration started;
    try {
      started = service.start();
    } catch (RuntimeException e) {
      proxy.close();
      service.close();
      throw e;
    }
    Report.line(name, "service ready in " + started.toMillis() + " ms (migrations included)");
  }

  /** A fresh database on the shared server and the service on it. */
  public static RunEnv start(String name, long seed, List<String> serviceProperties) {
    DbTarget db =
        HarnessDatabases.fresh(
            "fieldline_harness_" + name.replace('-', '_') + "_" + ProcessHandle.current().pid());
    return new RunEnv(name, seed, db, serviceProperties);
  }

  /** The same on a given database (a private cluster). */
  public static RunEnv on(DbTarget db, String name, long seed, List<String> serviceProperties) {
    return new RunEnv(name, seed, db, serviceProperties);
  }

  /**
   * A sync client of a device of {@code rep}, registered on the service, talking through the proxy.
   */
  public Device device(HarnessWorld world, HarnessWorld.Rep rep, ClientFactory factory) {
    java.util.UUID id = world.registerDevice(service.baseUrl(), rep);
    HarnessHttp http = new HarnessHttp(proxy::baseUrl, rep.token());
    Device d =
        new Device(
            factory.create(id, http, metrics, seed ^ id.getLeastSignificantBits()),
            world.tenant,
            rep.user());
    synchronized (devices) {
      devices.add(d);
    }
    return d;
  }

  /** A superuser connection to the run's database. */
  public Connection admin() throws SQLException {
    return HarnessDatabases.admin(db.host(), db.port(), db.database());
  }

  /** The invariant check over every device of the run. */
  public Verdict check(boolean devicesOnlyWriters) {
    try (Connection c = admin()) {
      return InvariantChecker.check(c, devices, devicesOnlyWriters);
    } catch (SQLException e) {
      throw new IllegalStateException("invariant check: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    proxy.close();
    service.close();
    if (!Boolean.getBoolean("harness.keep-db")) {
      HarnessDatabases.drop(db);
    }
  }

  /** Makes a device's client: the reference offline client, or the harness's own wire client. */
  public interface ClientFactory {
    SyncClient create(java.util.UUID id, HarnessHttp http, Metrics metrics, long seed);

    ClientFactory WIRE = WireClient::new;

    ClientFactory REFERENCE =
        (id, http, metrics, seed) ->
            new ReferenceClient(id, http.baseUrl(), http.token(), metrics, seed);

    /** {@code -Dharness.client=reference} (default) or {@code wire}. */
    static ClientFactory chosen() {
      return "wire".equals(System.getProperty("harness.client", "reference")) ? WIRE : REFERENCE;
    }
  }
}
