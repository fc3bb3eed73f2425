package io.fieldline.sync.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a record: its entity type and the UUID chosen by whoever created it (devices choose
 * ids for records they create, PROTOCOL.md R17). Ordered by entity type, then by the id's canonical
 * string, the order every implementation uses for snapshots and checksums.
 */
public record RecordKey(String entityType, UUID id) implements Comparable<RecordKey> {

  private static final Comparator<RecordKey> ORDER =
      Comparator.comparing(RecordKey::entityType).thenComparing(k -> k.id().toString());

  public RecordKey {
    Checks.name(entityType, "entityType");
    Objects.requireNonNull(id, "id must not be null");
  }

  @Override
  public int compareTo(RecordKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return entityType + "/" + id;
  }
}
