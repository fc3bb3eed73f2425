package io.fieldline.sync.store;

import io.fieldline.sync.model.RecordState;
import java.util.List;

/** Live records of a scope in key order (for snapshots and checksums), and whether more follow. */
public record ScopePage(List<RecordState> records, boolean hasMore) {

  public ScopePage {
    records = List.copyOf(records);
  }
}
