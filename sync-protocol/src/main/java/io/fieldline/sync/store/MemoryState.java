package io.fieldline.sync.store;

import io.fieldline.sync.model.ConflictRecord;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.model.StoredRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/** The committed state of an {@link InMemorySyncStore}; guarded by the store's lock. */
final class MemoryState {

  /** A record version and when it was committed. */
  record Version(RecordState state, Instant committedAt) {}

  final Map<String, DeviceInfo> devices = new HashMap<>();
  final Map<String, Long> lastSequence = new HashMap<>();
  final Map<String, TreeMap<Long, StoredMutation>> stored = new HashMap<>();
  final Map<RecordKey, StoredRecord> records = new HashMap<>();
  final Map<RecordKey, TreeMap<Long, Version>> history = new HashMap<>();
  final Map<String, TreeSet<RecordKey>> members = new HashMap<>();
  final Map<RecordKey, TreeSet<String>> scopesByRecord = new HashMap<>();
  final Map<String, List<LogEntry>> logByScope = new HashMap<>();
  final Map<UUID, ConflictRecord> conflicts = new LinkedHashMap<>();

  /** Commit time of each position; index = position - 1. */
  final List<Instant> positionTimes = new ArrayList<>();

  long compactedThrough;

  long head() {
    return positionTimes.size();
  }
}
