package io.fieldline.backend.sync.store;

import io.fieldline.sync.model.ConflictRecord;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.model.StoredRecord;
import io.fieldline.sync.store.DeviceInfo;
import io.fieldline.sync.store.LogPage;
import io.fieldline.sync.store.ScopePage;
import io.fieldline.sync.store.StoreTx;
import io.fieldline.sync.store.StoredMutation;
import io.fieldline.sync.wire.Change;
import io.fieldline.sync.wire.ScopeChecksum;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One transaction of the {@link PgSyncStore} on a JDBC connection whose tenant is already set.
 * Every operation is one or two statements (see the row classes); writes whose outcome the engine
 * does not read wait for the next read and go with it in one round trip ({@link DeferredWrites}).
 * SQL failures map to the store contract's exceptions ({@link SqlFailures}).
 */
public final class PgStoreTx implements StoreTx, TxStatements {

  /** A statement or two on the connection. */
  @FunctionalInterface
  private interface Call<T> {
    T run() throws SQLException;
  }

  private final Connection c;
  private final UUID tenant;
  private final Instant now;
  private final DomainSink domain;
  private final DeferredWrites later;
  private boolean open = true;
  private boolean staged;

  PgStoreTx(Connection c, UUID tenant, Instant now, DomainSink domain) {
    this.c = c;
    this.later = new DeferredWrites(c);
    this.tenant = tenant;
    this.now = now;
    this.domain = domain;
  }

  /**
   * Whether {@code sql} returns a row, read in this transaction's snapshot: for backend rules
   * evaluated inside a mutation's transaction (failures map like every store statement).
   */
  public boolean exists(String sql, Object... params) {
    return read(() -> !later.query(sql, r -> true, params).isEmpty());
  }

  /** Rows of {@code sql} mapped by {@code mapper} (inspection queries of the store). */
  <T> List<T> list(String sql, Sql.RowMapper<T> mapper, Object... params) {
    return read(() -> later.query(sql, mapper, params));
  }

  @Override
  public Optional<DeviceInfo> device(String deviceId) {
    return read(() -> DeviceRows.find(later, deviceId));
  }

  @Override
  public void putDevice(DeviceInfo device) {
    sql(() -> run(() -> DeviceRows.put(c, device)));
  }

  @Override
  public long lastSequence(String deviceId) {
    return read(() -> DeviceRows.lastSequence(later, deviceId));
  }

  @Override
  public void claimSequence(String deviceId, long sequence) {
    check();
    DeviceRows.claim(later, deviceId, sequence);
  }

  @Override
  public Optional<StoredMutation> storedMutation(String deviceId, long sequence) {
    return read(() -> DeviceRows.stored(later, deviceId, sequence));
  }

  @Override
  public void putStoredMutation(StoredMutation stored) {
    check();
    DeviceRows.putStored(later, stored);
  }

  @Override
  public Optional<StoredRecord> record(RecordKey key) {
    return read(
        () -> {
          domain
              .lockStatement(key)
              .ifPresent(
                  lock -> later.addQuery(lock, rows -> domain.locked(key, rows.next()), key.id()));
          return RecordRows.find(later, key);
        });
  }

  @Override
  public Optional<RecordState> recordVersion(RecordKey key, long version) {
    return read(() -> RecordRows.version(later, key, version));
  }

  @Override
  public void putRecord(StoredRecord record) {
    check();
    RecordRows.put(later, record, now);
    read(() -> run(() -> domain.write(this, record)));
  }

  @Override
  public Map<String, FieldValue> assignedFields(RecordKey key) {
    return read(() -> domain.assigned(this, key));
  }

  @Override
  public boolean isMember(String scopeId, RecordKey key) {
    return read(() -> MemberRows.isMember(later, scopeId, key));
  }

  @Override
  public Set<String> scopesOf(RecordKey key) {
    return read(() -> MemberRows.scopesOf(later, key));
  }

  @Override
  public void addMember(String scopeId, RecordKey key) {
    check();
    MemberRows.add(later, scopeId, key);
  }

  @Override
  public void removeMember(String scopeId, RecordKey key) {
    sql(() -> run(() -> MemberRows.remove(c, scopeId, key)));
  }

  @Override
  public ScopePage scopeRecords(String scopeId, Optional<RecordKey> after, int limit) {
    return sql(() -> RecordRows.scopePage(c, tenant, scopeId, after, limit));
  }

  @Override
  public Optional<ScopeChecksum> scopeChecksum(String scopeId) {
    return sql(() -> ScopeChecksums.of(c, tenant, scopeId));
  }

  @Override
  public void appendChange(String scopeId, Change change) {
    check();
    LogRows.append(later, scopeId, change, staged);
    staged = true;
  }

  @Override
  public LogPage readChanges(String scopeId, long afterPosition, int limit) {
    return sql(() -> LogRows.read(c, tenant, scopeId, afterPosition, limit));
  }

  @Override
  public long headPosition() {
    return sql(() -> LogRows.head(c, tenant));
  }

  @Override
  public long compactedThrough() {
    return sql(() -> LogRows.compactedThrough(c, tenant));
  }

  @Override
  public void compactBefore(Instant cutoff) {
    if (staged) {
      throw new IllegalStateException("compact in a transaction of its own");
    }
    sql(() -> run(() -> LogRows.compact(c, tenant, cutoff)));
  }

  @Override
  public void putConflict(ConflictRecord conflict) {
    sql(() -> run(() -> ConflictRows.put(c, conflict)));
  }

  @Override
  public Optional<ConflictRecord> conflict(UUID conflictId) {
    return sql(() -> ConflictRows.find(c, conflictId));
  }

  @Override
  public List<ConflictRecord> conflictsOf(RecordKey key) {
    return sql(() -> ConflictRows.of(c, key));
  }

  @Override
  public void defer(String sql, Object... params) {
    check();
    later.add(sql, params);
  }

  @Override
  public Connection connection() {
    flush();
    return c;
  }

  /** Sends the writes still waiting for a statement ({@link DeferredWrites}); before commit. */
  void flush() {
    sql(() -> null);
  }

  void close() {
    open = false;
  }

  /** Runs {@code call} after sending the queued statements. */
  private <T> T sql(Call<T> call) {
    return read(
        () -> {
          later.flush();
          return call.run();
        });
  }

  /** Runs {@code call}, which sends the queued statements itself (with its query, if any). */
  private <T> T read(Call<T> call) {
    check();
    try {
      return call.run();
    } catch (SQLException e) {
      throw SqlFailures.map(e);
    }
  }

  /** Adapts a void call. */
  private interface VoidCall {
    void run() throws SQLException;
  }

  private static Object run(VoidCall call) throws SQLException {
    call.run();
    return null;
  }

  private void check() {
    if (!open) {
      throw new IllegalStateException("transaction is no longer open");
    }
  }
}
