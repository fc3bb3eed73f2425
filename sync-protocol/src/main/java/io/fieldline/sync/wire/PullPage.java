package io.fieldline.sync.wire;

import io.fieldline.sync.model.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of ordered changes (R32). The client applies the page and stores {@code nextCursor} in one
 * local transaction. The last page ({@code hasMore == false}) is a checkpoint and carries the scope
 * checksum (R33); other pages never do.
 */
public record PullPage(
    int protocolVersion,
    List<Change> changes,
    Cursor nextCursor,
    boolean hasMore,
    Optional<ScopeChecksum> scopeChecksum)
    implements PullResponse {

  public PullPage {
    Checks.atLeast(protocolVersion, 1, "protocolVersion");
    changes = List.copyOf(changes);
    Objects.requireNonNull(nextCursor, "nextCursor must not be null");
    Objects.requireNonNull(scopeChecksum, "scopeChecksum must not be null");
    if (scopeChecksum.isPresent() == hasMore) {
      throw new IllegalArgumentException(
          "scopeChecksum must be present exactly on the last page (hasMore=" + hasMore + ")");
    }
  }
}
