package io.fieldline.sync.store;

import java.util.List;

/** Change-log rows of one scope in position order, and whether more follow. */
public record LogPage(List<LogEntry> entries, boolean hasMore) {

  public LogPage {
    entries = List.copyOf(entries);
  }
}
