package io.fieldline.sync.engine;

import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.StoredRecord;
import io.fieldline.sync.store.DeviceInfo;
import io.fieldline.sync.store.StoreTx;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The scope hook: re-authorises each mutation against the device's current scope inside the
 * mutation's transaction (R16), and decides which scopes a record created by a device joins (R17).
 * {@link #MEMBERSHIP} is the default; the backend may add its own rules (a rep may only create
 * quotes for accounts in the rep's territory, say).
 */
public interface AccessPolicy {

  /**
   * Existing records must be members of the device's scope; new records may be created and join the
   * creating device's scope.
   */
  AccessPolicy MEMBERSHIP =
      new AccessPolicy() {
        @Override
        public boolean mayWrite(
            StoreTx tx, DeviceInfo device, RecordKey key, Optional<StoredRecord> current) {
          return current.isEmpty() || tx.isMember(device.scopeId(), key);
        }

        @Override
        public Set<String> scopesForCreated(
            StoreTx tx, DeviceInfo device, RecordKey key, Map<String, FieldValue> fields) {
          return Set.of(device.scopeId());
        }
      };

  /**
   * Whether the device may write the record now. Called with the current record, or empty when it
   * does not exist; a refusal is answered NOT_FOUND_OR_FORBIDDEN, like a missing record.
   */
  boolean mayWrite(StoreTx tx, DeviceInfo device, RecordKey key, Optional<StoredRecord> current);

  /** The scopes a record the device creates joins; must include the device's own scope. */
  Set<String> scopesForCreated(
      StoreTx tx, DeviceInfo device, RecordKey key, Map<String, FieldValue> fields);
}
