package io.fieldline.backend.sync.store;

import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.StoredRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * Write-through of synced records to the domain tables that own them (account, contact, ...). The
 * store calls it inside the mutation's transaction: {@link #lock} before it locks the sync row (the
 * same lock order as the change-capture triggers, so a device write and a back-office write of the
 * same record queue instead of deadlocking), {@link #write} after it wrote the new sync state.
 * Entity types without a domain table are stored in the sync tables only.
 */
public interface DomainSink {

  /** Stores every entity type in the sync tables only (the conformance vectors' mode). */
  DomainSink NONE =
      new DomainSink() {
        @Override
        public void lock(Connection c, RecordKey key) {}

        @Override
        public void write(Connection c, StoredRecord record) {}
      };

  /** Locks the record's domain row, if its type has one and the row exists. */
  void lock(Connection c, RecordKey key) throws SQLException;

  /** Writes (inserts, updates or deletes) the record's domain row to match {@code record}. */
  void write(Connection c, StoredRecord record) throws SQLException;

  /**
   * Values the domain gave the record while {@link #write} created it in this transaction (a
   * server-assigned number); empty by default.
   */
  default Map<String, FieldValue> assigned(Connection c, RecordKey key) throws SQLException {
    return Map.of();
  }
}
