package io.fieldline.sync.store;

import io.fieldline.sync.model.Checks;
import io.fieldline.sync.wire.Change;
import java.time.Instant;
import java.util.Objects;

/**
 * One change-log row: a change for one scope at a commit position. All rows of one transaction
 * share its position and are ordered by {@code index} (R31, R32).
 */
public record LogEntry(
    long position, int index, String scopeId, Change change, Instant committedAt) {

  public LogEntry {
    Checks.atLeast(position, 1, "position");
    Checks.atLeast(index, 0, "index");
    Checks.text(scopeId, "scopeId", 128);
    Objects.requireNonNull(change, "change must not be null");
    Objects.requireNonNull(committedAt, "committedAt must not be null");
  }
}
