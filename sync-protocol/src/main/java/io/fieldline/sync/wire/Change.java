package io.fieldline.sync.wire;

import io.fieldline.sync.model.Checks;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One entry of the ordered change stream a device pulls (R34-R37). */
public sealed interface Change {

  /** The wire discriminator. */
  ChangeKind kind();

  /**
   * The complete current state of a live record (R35): all fields, their versions and the record
   * version. Applying it twice is a no-op; a client ignores one older than its copy.
   */
  record Upsert(RecordState record) implements Change {
    public Upsert {
      Objects.requireNonNull(record, "record must not be null");
      if (record.deleted()) {
        throw new IllegalArgumentException("upsert record must not be deleted: " + record.key());
      }
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.UPSERT;
    }
  }

  /** The record was deleted at {@code version}; the device removes it (R36). */
  record Delete(RecordKey key, long version) implements Change {
    public Delete {
      Objects.requireNonNull(key, "key must not be null");
      Checks.atLeast(version, 1, "version");
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.DELETE;
    }
  }

  /** The record left the device's scope; the device removes its copy (R37, R38). */
  record Evict(RecordKey key) implements Change {
    public Evict {
      Objects.requireNonNull(key, "key must not be null");
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.EVICT;
    }
  }

  /**
   * The record entered the device's scope, with the related records the device needs alongside it
   * (an account and site for a visit, say), each in full (R37).
   */
  record Grant(RecordState record, List<RecordState> related) implements Change {
    public Grant {
      Objects.requireNonNull(record, "record must not be null");
      related = List.copyOf(related);
      Set<RecordKey> seen = new HashSet<>();
      seen.add(record.key());
      for (RecordState r : related) {
        if (!seen.add(r.key())) {
          throw new IllegalArgumentException("grant lists record " + r.key() + " twice");
        }
      }
      if (record.deleted() || related.stream().anyMatch(RecordState::deleted)) {
        throw new IllegalArgumentException("grant must carry live records only: " + record.key());
      }
    }

    @Override
    public ChangeKind kind() {
      return ChangeKind.GRANT;
    }
  }
}
