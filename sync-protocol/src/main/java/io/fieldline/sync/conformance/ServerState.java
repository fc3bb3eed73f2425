package io.fieldline.sync.conformance;

import io.fieldline.sync.model.ConflictRecord;
import io.fieldline.sync.model.RecordState;
import java.util.List;
import java.util.Map;

/**
 * What a vector can check of a server: every record (live and deleted), every conflict (oldest
 * first) and each device's last processed sequence.
 */
public record ServerState(
    List<RecordState> records, List<ConflictRecord> conflicts, Map<String, Long> lastSequences) {

  public ServerState {
    records = List.copyOf(records);
    conflicts = List.copyOf(conflicts);
    lastSequences = Map.copyOf(lastSequences);
  }
}
