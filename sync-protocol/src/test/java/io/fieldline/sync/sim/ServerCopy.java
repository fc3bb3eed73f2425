package io.fieldline.sync.sim;

import io.fieldline.sync.engine.ScopeChecksums;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.wire.Change;
import io.fieldline.sync.wire.ScopeChecksum;
import java.util.Map;
import java.util.TreeMap;

/** A replica's copy of the server's records, changed only by pulled changes (R35-R37). */
final class ServerCopy {

  private final Map<RecordKey, RecordState> records = new TreeMap<>();

  Map<RecordKey, RecordState> records() {
    return records;
  }

  RecordState get(RecordKey key) {
    return records.get(key);
  }

  /** Applies one change: newer-or-equal upserts replace, deletes and evicts remove. */
  void apply(Change change) {
    if (change instanceof Change.Upsert) {
      put(((Change.Upsert) change).record());
    } else if (change instanceof Change.Delete) {
      Change.Delete delete = (Change.Delete) change;
      RecordState local = records.get(delete.key());
      if (local == null || local.version() <= delete.version()) {
        records.remove(delete.key());
      }
    } else if (change instanceof Change.Evict) {
      records.remove(((Change.Evict) change).key());
    } else {
      Change.Grant grant = (Change.Grant) change;
      put(grant.record());
      grant.related().forEach(this::put);
    }
  }

  private void put(RecordState state) {
    RecordState local = records.get(state.key());
    if (local == null || local.version() <= state.version()) {
      records.put(state.key(), state);
    }
  }

  ScopeChecksum checksum() {
    return ScopeChecksums.of(records.values());
  }
}
