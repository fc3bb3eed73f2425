package io.fieldline.sync.merge;

import io.fieldline.sync.WireToken;

/** How a field is merged when a device changed it (PROTOCOL.md R19-R25). */
public enum MergePolicy implements WireToken {
  /**
   * Server-owned (assignment, schedule, price book, master data): a concurrent server change is
   * kept and the device is told which fields were overridden (R20).
   */
  SERVER_WINS("server_wins"),
  /** Device-owned (notes, checklist answers, signatures): the device's value is applied (R21). */
  DEVICE_WINS("device_wins"),
  /** A collection only ever appended to: union by element id, canonical order (R22). */
  APPEND_ONLY("append_only"),
  /** A counter (van stock): the device sends a signed delta; deltas add up (R23). */
  COUNTER_DELTA("counter_delta"),
  /** A status field: only declared transitions; an illegal one is held as a conflict (R24). */
  STATE_MACHINE("state_machine"),
  /** A shared field: a true conflict is held for a person with base, mine and theirs (R25). */
  HOLD_FOR_PERSON("hold_for_person");

  private final String wire;

  MergePolicy(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }

  /** Parses a wire token; unknown policies are rejected. */
  public static MergePolicy fromWire(String token) {
    return WireToken.parse(MergePolicy.class, token, "merge policy");
  }
}
