package io.fieldline.sync.store;

import io.fieldline.sync.model.ConflictRecord;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.model.StoredRecord;
import io.fieldline.sync.wire.Change;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A transaction of the {@link InMemorySyncStore}: runs under the store lock, writes in place with
 * an undo log, stages change-log rows and gives them the next position at commit.
 */
final class MemoryTx implements StoreTx {

  private final MemoryState s;
  private final Instant now;
  private final Deque<Runnable> undo = new ArrayDeque<>();
  private final List<Map.Entry<String, Change>> staged = new ArrayList<>();
  private boolean open = true;

  MemoryTx(MemoryState state, Instant now) {
    this.s = state;
    this.now = now;
  }

  @Override
  public Optional<DeviceInfo> device(String deviceId) {
    check();
    return Optional.ofNullable(s.devices.get(deviceId));
  }

  @Override
  public void putDevice(DeviceInfo device) {
    put(s.devices, device.deviceId(), device);
  }

  @Override
  public long lastSequence(String deviceId) {
    check();
    return s.lastSequence.getOrDefault(deviceId, 0L);
  }

  @Override
  public void claimSequence(String deviceId, long sequence) {
    long last = lastSequence(deviceId);
    if (last != sequence - 1) {
      throw new TransientStoreException(
          TransientStoreException.Kind.CONFLICT,
          "device " + deviceId + " is at sequence " + last + ", cannot claim " + sequence);
    }
    put(s.lastSequence, deviceId, sequence);
  }

  @Override
  public Optional<StoredMutation> storedMutation(String deviceId, long sequence) {
    check();
    TreeMap<Long, StoredMutation> byDevice = s.stored.get(deviceId);
    return Optional.ofNullable(byDevice == null ? null : byDevice.get(sequence));
  }

  @Override
  public void putStoredMutation(StoredMutation stored) {
    check();
    TreeMap<Long, StoredMutation> byDevice =
        s.stored.computeIfAbsent(stored.deviceId(), k -> new TreeMap<>());
    if (byDevice.containsKey(stored.sequence())) {
      throw new IllegalStateException(
          "result of " + stored.deviceId() + "#" + stored.sequence() + " is already stored");
    }
    byDevice.put(stored.sequence(), stored);
    undo.push(() -> byDevice.remove(stored.sequence()));
  }

  @Override
  public Optional<StoredRecord> record(RecordKey key) {
    check();
    return Optional.ofNullable(s.records.get(key));
  }

  @Override
  public Optional<RecordState> recordVersion(RecordKey key, long version) {
    check();
    TreeMap<Long, MemoryState.Version> versions = s.history.get(key);
    MemoryState.Version v = versions == null ? null : versions.get(version);
    return Optional.ofNullable(v == null ? null : v.state());
  }

  @Override
  public void putRecord(StoredRecord record) {
    check();
    StoredRecord current = s.records.get(record.key());
    long expected = current == null ? 1 : current.state().version() + 1;
    if (record.state().version() != expected) {
      throw new TransientStoreException(
          TransientStoreException.Kind.CONFLICT,
          "record " + record.key() + " must be written at version " + expected);
    }
    put(s.records, record.key(), record);
    TreeMap<Long, MemoryState.Version> versions =
        s.history.computeIfAbsent(record.key(), k -> new TreeMap<>());
    versions.put(expected, new MemoryState.Version(record.state(), now));
    undo.push(() -> versions.remove(expected));
  }

  @Override
  public boolean isMember(String scopeId, RecordKey key) {
    check();
    TreeSet<RecordKey> keys = s.members.get(scopeId);
    return keys != null && keys.contains(key);
  }

  @Override
  public Set<String> scopesOf(RecordKey key) {
    check();
    return Set.copyOf(s.scopesByRecord.getOrDefault(key, new TreeSet<>()));
  }

  @Override
  public void addMember(String scopeId, RecordKey key) {
    check();
    if (s.members.computeIfAbsent(scopeId, k -> new TreeSet<>()).add(key)) {
      s.scopesByRecord.computeIfAbsent(key, k -> new TreeSet<>()).add(scopeId);
      undo.push(() -> unlink(scopeId, key));
    }
  }

  @Override
  public void removeMember(String scopeId, RecordKey key) {
    check();
    if (isMember(scopeId, key)) {
      unlink(scopeId, key);
      undo.push(() -> addMemberDirect(scopeId, key));
    }
  }

  @Override
  public ScopePage scopeRecords(String scopeId, Optional<RecordKey> after, int limit) {
    check();
    TreeSet<RecordKey> keys = s.members.getOrDefault(scopeId, new TreeSet<>());
    Set<RecordKey> tail = after.isPresent() ? keys.tailSet(after.get(), false) : keys;
    List<RecordState> page = new ArrayList<>();
    for (RecordKey key : tail) {
      StoredRecord record = s.records.get(key);
      if (record == null || record.state().deleted()) {
        continue;
      }
      if (page.size() == limit) {
        return new ScopePage(page, true);
      }
      page.add(record.state());
    }
    return new ScopePage(page, false);
  }

  @Override
  public void appendChange(String scopeId, Change change) {
    check();
    staged.add(Map.entry(scopeId, change));
  }

  @Override
  public LogPage readChanges(String scopeId, long afterPosition, int limit) {
    check();
    return MemoryLog.read(s.logByScope.getOrDefault(scopeId, List.of()), afterPosition, limit);
  }

  @Override
  public long headPosition() {
    check();
    return s.head();
  }

  @Override
  public long compactedThrough() {
    check();
    return s.compactedThrough;
  }

  @Override
  public void compactBefore(Instant cutoff) {
    check();
    if (!undo.isEmpty() || !staged.isEmpty()) {
      throw new IllegalStateException("compact in a transaction of its own");
    }
    MemoryLog.compact(s, cutoff);
  }

  @Override
  public void putConflict(ConflictRecord conflict) {
    put(s.conflicts, conflict.id(), conflict);
  }

  @Override
  public Optional<ConflictRecord> conflict(UUID conflictId) {
    check();
    return Optional.ofNullable(s.conflicts.get(conflictId));
  }

  @Override
  public List<ConflictRecord> conflictsOf(RecordKey key) {
    check();
    return s.conflicts.values().stream().filter(c -> c.record().equals(key)).toList();
  }

  void commit() {
    check();
    if (!staged.isEmpty()) {
      s.positionTimes.add(now);
      long position = s.head();
      for (int i = 0; i < staged.size(); i++) {
        Map.Entry<String, Change> row = staged.get(i);
        s.logByScope
            .computeIfAbsent(row.getKey(), k -> new ArrayList<>())
            .add(new LogEntry(position, i, row.getKey(), row.getValue(), now));
      }
    }
    open = false;
  }

  void rollback() {
    while (!undo.isEmpty()) {
      undo.pop().run();
    }
    staged.clear();
    open = false;
  }

  private <K, V> void put(Map<K, V> map, K key, V value) {
    check();
    boolean had = map.containsKey(key);
    V previous = map.put(key, value);
    undo.push(
        () -> {
          if (had) {
            map.put(key, previous);
          } else {
            map.remove(key);
          }
        });
  }

  private void unlink(String scopeId, RecordKey key) {
    s.members.get(scopeId).remove(key);
    s.scopesByRecord.get(key).remove(scopeId);
  }

  private void addMemberDirect(String scopeId, RecordKey key) {
    s.members.computeIfAbsent(scopeId, k -> new TreeSet<>()).add(key);
    s.scopesByRecord.computeIfAbsent(key, k -> new TreeSet<>()).add(scopeId);
  }

  private void check() {
    if (!open) {
      throw new IllegalStateException("transaction is no longer open");
    }
  }
}
