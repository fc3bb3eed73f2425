package io.fieldline.sync.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Change-log paging and retention for the {@link InMemorySyncStore}. */
final class MemoryLog {

  private MemoryLog() {}

  /**
   * Rows after {@code after}: at least {@code limit} when available, never splitting a position.
   */
  static LogPage read(List<LogEntry> log, long after, int limit) {
    int start = firstAfter(log, after);
    List<LogEntry> page = new ArrayList<>();
    int i = start;
    while (i < log.size()) {
      LogEntry entry = log.get(i);
      if (page.size() >= limit && entry.position() != page.get(page.size() - 1).position()) {
        break;
      }
      page.add(entry);
      i++;
    }
    return new LogPage(page, i < log.size());
  }

  private static int firstAfter(List<LogEntry> log, long after) {
    int lo = 0;
    int hi = log.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (log.get(mid).position() <= after) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  static void compact(MemoryState s, Instant cutoff) {
    long through = s.compactedThrough;
    for (int p = 0; p < s.positionTimes.size(); p++) {
      if (s.positionTimes.get(p).isBefore(cutoff)) {
        through = Math.max(through, p + 1L);
      }
    }
    s.compactedThrough = through;
    for (List<LogEntry> log : s.logByScope.values()) {
      log.removeIf(e -> e.committedAt().isBefore(cutoff));
    }
    for (TreeMap<Long, MemoryState.Version> versions : s.history.values()) {
      List<Long> superseded = new ArrayList<>();
      Long previous = null;
      for (Map.Entry<Long, MemoryState.Version> v : versions.entrySet()) {
        if (previous != null && v.getValue().committedAt().isBefore(cutoff)) {
          superseded.add(previous);
        }
        previous = v.getKey();
      }
      superseded.forEach(versions::remove);
    }
    for (TreeMap<Long, StoredMutation> byDevice : s.stored.values()) {
      byDevice.values().removeIf(m -> m.receivedAt().isBefore(cutoff));
    }
  }
}
