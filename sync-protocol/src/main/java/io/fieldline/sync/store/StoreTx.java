package io.fieldline.sync.store;

import io.fieldline.sync.model.ConflictRecord;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.model.StoredRecord;
import io.fieldline.sync.wire.Change;
import io.fieldline.sync.wire.ScopeChecksum;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The operations available inside one store transaction. Reads see committed data plus this
 * transaction's own writes (except the change log, see {@link #readChanges}). Expected absence is
 * an empty result, never an exception. Lost races surface as {@link TransientStoreException} of
 * kind CONFLICT, either at once or at commit.
 */
public interface StoreTx {

  // ---- devices ----

  /** The registered device, if any. */
  Optional<DeviceInfo> device(String deviceId);

  /** Registers or re-registers a device. */
  void putDevice(DeviceInfo device);

  // ---- per-device sequences and stored results (R6-R8, R13) ----

  /** The device's last processed sequence; 0 before its first mutation. */
  long lastSequence(String deviceId);

  /**
   * Claims {@code sequence} for the device: a compare-and-set that succeeds only when the last
   * processed sequence is {@code sequence - 1} (PostgreSQL: {@code UPDATE device_sequence SET last
   * = n WHERE device_id = ? AND last = n - 1}, inserting for n = 1).
   *
   * @throws TransientStoreException of kind CONFLICT when another transaction claimed it
   */
  void claimSequence(String deviceId, long sequence);

  /** The stored result of (device, sequence), if still retained. */
  Optional<StoredMutation> storedMutation(String deviceId, long sequence);

  /** Stores a mutation's result; at most once per (device, sequence). */
  void putStoredMutation(StoredMutation stored);

  // ---- records ----

  /**
   * The current record (live or tombstone). A store SHOULD lock it for the rest of the transaction
   * (PostgreSQL: {@code SELECT ... FOR UPDATE}).
   */
  Optional<StoredRecord> record(RecordKey key);

  /** The record as it was at {@code version}, if that version is still retained. */
  Optional<RecordState> recordVersion(RecordKey key, long version);

  /**
   * Writes the next version of a record and keeps it in the version history. The version must be
   * the current version plus one (1 for a new record).
   *
   * @throws TransientStoreException of kind CONFLICT when it is not (a lost update)
   */
  void putRecord(StoredRecord record);

  /**
   * Values the store's domain gave {@code key} while {@link #putRecord} wrote it in this
   * transaction (a server-assigned number of a record a device created), reported in the mutation's
   * {@code applied} result. Stores without a domain assign nothing.
   */
  default Map<String, FieldValue> assignedFields(RecordKey key) {
    return Map.of();
  }

  // ---- scope membership (R16, R37) ----

  /** Whether the record belongs to the scope. */
  boolean isMember(String scopeId, RecordKey key);

  /** Every scope the record belongs to. */
  Set<String> scopesOf(RecordKey key);

  /** Adds the record to the scope (idempotent). */
  void addMember(String scopeId, RecordKey key);

  /** Removes the record from the scope (idempotent). */
  void removeMember(String scopeId, RecordKey key);

  /** Up to {@code limit} live (not deleted) member records after {@code after}, in key order. */
  ScopePage scopeRecords(String scopeId, Optional<RecordKey> after, int limit);

  /**
   * The scope checksum (R33) of the scope's live records as this transaction sees them, when the
   * store can answer it more cheaply than the engine paging through {@link #scopeRecords} (e.g. a
   * cache keyed by the scope's last log position). Empty (the default): the engine computes it.
   */
  default Optional<ScopeChecksum> scopeChecksum(String scopeId) {
    return Optional.empty();
  }

  // ---- the ordered change log (R30-R32, R39) ----

  /**
   * Appends a change for a scope. The store gives all changes of this transaction one commit
   * position, greater than every position visible before, and makes positions visible in order: no
   * reader ({@link SyncStore#inReadTransaction}) may see position p while a transaction that will
   * commit a position below p is still running (positions assigned at commit under a per-tenant
   * lock, exclusive, or shared by writers and taken exclusively by readers before their snapshot;
   * see PROTOCOL.md R31).
   */
  void appendChange(String scopeId, Change change);

  /**
   * Committed changes of a scope with position above {@code afterPosition}, in (position, index)
   * order: at least {@code limit} rows when available, but never part of a position (the last
   * position is always complete, even beyond {@code limit}). Does not see this transaction's own
   * appends.
   */
  LogPage readChanges(String scopeId, long afterPosition, int limit);

  /** The highest visible position; 0 before the first change. */
  long headPosition();

  /** Every change at or below this position may have been removed by retention; 0 if none. */
  long compactedThrough();

  /**
   * Applies the retention horizon: removes change-log rows committed before {@code cutoff}, record
   * versions superseded before it (never a record's current version) and stored results received
   * before it, and raises {@link #compactedThrough()} to the last position committed before it.
   */
  void compactBefore(Instant cutoff);

  // ---- conflicts held for a person (R25, R28) ----

  /** Stores or replaces a conflict record. */
  void putConflict(ConflictRecord conflict);

  /** The conflict, if any. */
  Optional<ConflictRecord> conflict(UUID conflictId);

  /** The conflicts raised on a record, oldest first. */
  List<ConflictRecord> conflictsOf(RecordKey key);
}
