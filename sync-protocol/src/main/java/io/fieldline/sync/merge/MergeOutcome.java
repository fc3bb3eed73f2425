package io.fieldline.sync.merge;

import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.model.FieldConflict;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.wire.Notice;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What the merge engine decided for one mutation. */
public sealed interface MergeOutcome {

  /** Nothing is applied, for a permanent reason. */
  record Reject(SyncErrorCode code, String message) implements MergeOutcome {
    public Reject {
      Objects.requireNonNull(code, "code must not be null");
      Objects.requireNonNull(message, "message must not be null");
    }
  }

  /**
   * The change to write, the server values kept over the device's (server-wins), the fields held
   * for a person and informational notices.
   */
  record Accept(
      RecordChange change,
      Map<String, FieldValue> overridden,
      List<FieldConflict> held,
      Set<Notice> notices)
      implements MergeOutcome {
    public Accept {
      Objects.requireNonNull(change, "change must not be null");
      overridden = Map.copyOf(overridden);
      held = List.copyOf(held);
      notices = Set.copyOf(notices);
    }
  }
}
