package io.fieldline.backend.sync.store;

import io.fieldline.backend.tenancy.TenantTx;
import io.fieldline.sync.model.ConflictRecord;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.store.StoreTx;
import io.fieldline.sync.store.SyncStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The sync store of one tenant on PostgreSQL, over blocking JDBC (the library's store interface is
 * synchronous). Each transaction runs through {@link TenantTx#jdbc} (tenant set first, row-level
 * security binds every statement) at REPEATABLE READ: one snapshot per transaction, so a pull page
 * is consistent (R32), while writers lock what they change ({@code SELECT ... FOR UPDATE}, compare-
 * and-set on sequences and versions) and lose races as serialization failures, which map to
 * retryable conflicts. The transaction's time comes from the store's clock ({@code app.sync_now}).
 */
public final class PgSyncStore implements SyncStore {

  private static final ThreadLocal<PgStoreTx> CURRENT = new ThreadLocal<>();
  private static final Map<UUID, Long> LOG_LOCKS = new ConcurrentHashMap<>();

  private final DataSource dataSource;
  private final UUID tenant;
  private final Clock clock;
  private final DomainSink domain;

  /** A store of {@code tenant}'s sync data, writing bound entity types through {@code domain}. */
  public PgSyncStore(DataSource dataSource, UUID tenant, Clock clock, DomainSink domain) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.tenant = Objects.requireNonNull(tenant, "tenant");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.domain = Objects.requireNonNull(domain, "domain");
  }

  /** The tenant whose data this store holds. */
  public UUID tenant() {
    return tenant;
  }

  /**
   * The store transaction running on this thread, if any: backend rules evaluated by the engine
   * inside a mutation's transaction read through it.
   */
  public static Optional<PgStoreTx> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  @Override
  public <T> T inTransaction(Function<StoreTx, T> work) {
    return run(work, false);
  }

  /**
   * A transaction reading the change log takes its snapshot while holding the tenant's log lock
   * exclusively ({@link TenantTx#jdbcAfterLock}): every writer that drew a commit position (under
   * the lock shared, {@code sync_assign_position}) has committed and is visible by then, and no
   * later position can be lower (R31; backend/docs/sync.md).
   */
  @Override
  public <T> T inReadTransaction(Function<StoreTx, T> work) {
    return run(work, true);
  }

  private <T> T run(Function<StoreTx, T> work, boolean afterCommits) {
    if (CURRENT.get() != null) {
      throw new IllegalStateException("nested transactions are not supported");
    }
    Instant now = clock.instant();
    TenantTx.JdbcWork<T> body =
        c -> {
          PgStoreTx tx = new PgStoreTx(c, tenant, now, domain);
          CURRENT.set(tx);
          try {
            T result = work.apply(tx);
            tx.flush();
            return result;
          } finally {
            tx.close();
            CURRENT.remove();
          }
        };
    try {
      Map<String, String> settings = Map.of("app.sync_now", now.toString());
      return afterCommits
          ? TenantTx.jdbcAfterLock(
              dataSource, tenant, Connection.TRANSACTION_REPEATABLE_READ, settings, logLock(), body)
          : TenantTx.jdbc(
              dataSource, tenant, Connection.TRANSACTION_REPEATABLE_READ, settings, body);
    } catch (SQLException e) {
      throw SqlFailures.map(e);
    }
  }

  /** The key of the tenant's log lock ({@code sync_log_key}), looked up once per tenant. */
  private long logLock() throws SQLException {
    Long key = LOG_LOCKS.get(tenant);
    if (key == null) {
      key =
          TenantTx.jdbc(
              dataSource,
              tenant,
              Connection.TRANSACTION_READ_COMMITTED,
              c -> Sql.one(c, "select sync_log_key(?)", r -> r.getLong(1), tenant).orElseThrow());
      LOG_LOCKS.put(tenant, key);
    }
    return key;
  }

  /** Every record (live and tombstones), in key order; for inspection by tests and tools. */
  public List<RecordState> allRecords() {
    return inTransaction(
        tx ->
            ((PgStoreTx) tx)
                .list(
                    "select entity_type, record_id, version, deleted, fields, field_versions"
                        + " from sync_record order by entity_type, record_id",
                    RecordRows::state));
  }

  /** Every conflict, oldest first; for inspection. */
  public List<ConflictRecord> allConflicts() {
    return inTransaction(
        tx ->
            ((PgStoreTx) tx)
                .list(
                    "select id, entity_type, record_id, device_id, sequence, record_version,"
                        + " fields, created_at, resolved_by, resolved_at, resolved_version"
                        + " from sync_conflict order by seq",
                    ConflictRows::read));
  }

  /** Each device's last processed sequence; for inspection. */
  public Map<String, Long> lastSequences() {
    Map<String, Long> out = new TreeMap<>();
    inTransaction(
            tx ->
                ((PgStoreTx) tx)
                    .list(
                        "select device_id, last_sequence from sync_device_sequence",
                        r -> Map.entry(r.getString(1), r.getLong(2))))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
