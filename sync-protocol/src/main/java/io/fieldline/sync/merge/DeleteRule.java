package io.fieldline.sync.merge;

import io.fieldline.sync.WireToken;

/** What happens when a delete and an edit of the same record meet (PROTOCOL.md R26). */
public enum DeleteRule implements WireToken {
  /**
   * The delete stands: an edit of a deleted record is rejected with RECORD_DELETED; a device's
   * delete of a record edited concurrently deletes it.
   */
  DELETE_WINS("delete_wins"),
  /**
   * The edit stands: an edit of a deleted record resurrects it (notice RECORD_RESURRECTED); a
   * device's delete of a record edited concurrently is rejected with DELETE_OVERRIDDEN.
   */
  EDIT_WINS("edit_wins"),
  /** Neither: the meeting is held as a conflict on the pseudo-field {@code _deleted}. */
  HOLD("hold");

  private final String wire;

  DeleteRule(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }

  /** Parses a wire token; unknown rules are rejected. */
  public static DeleteRule fromWire(String token) {
    return WireToken.parse(DeleteRule.class, token, "delete rule");
  }
}
