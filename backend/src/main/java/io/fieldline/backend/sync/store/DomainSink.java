package io.fieldline.backend.sync.store;

import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.StoredRecord;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * Write-through of synced records to the domain tables that own them (account, contact, ...). The
 * store calls it inside the mutation's transaction: {@link #lockStatement} runs before the store
 * locks the sync row (the same lock order as the change-capture triggers, so a device write and a
 * back-office write of the same record queue instead of deadlocking), in the same round trip;
 * {@link #write} after it wrote the new sync state. Entity types without a domain table are stored
 * in the sync tables only.
 */
public interface DomainSink {

  /** Stores every entity type in the sync tables only (the conformance vectors' mode). */
  DomainSink NONE =
      new DomainSink() {
        @Override
        public Optional<String> lockStatement(RecordKey key) {
          return Optional.empty();
        }

        @Override
        public void locked(RecordKey key, boolean found) {}

        @Override
        public void write(TxStatements tx, StoredRecord record) {}
      };

  /**
   * The query locking the record's domain row (its one parameter the record's id; a row when the
   * domain row exists), or empty when the type has no domain table. Its outcome goes to {@link
   * #locked}.
   */
  Optional<String> lockStatement(RecordKey key);

  /** Whether the {@link #lockStatement} of {@code key} found (and locked) the domain row. */
  void locked(RecordKey key, boolean found);

  /** Writes (inserts, updates or deletes) the record's domain row to match {@code record}. */
  void write(TxStatements tx, StoredRecord record) throws SQLException;

  /**
   * Values the domain gave the record while {@link #write} created it in this transaction (a
   * server-assigned number); empty by default.
   */
  default Map<String, FieldValue> assigned(TxStatements tx, RecordKey key) throws SQLException {
    return Map.of();
  }
}
