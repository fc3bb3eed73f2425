package io.fieldline.sync.wire;

import java.util.Objects;

/**
 * An opaque pull position issued by the server (R30). Clients store and echo it; they never parse
 * or build one, except {@link #START} (the empty string), which asks for an initial sync.
 */
public record Cursor(String token) {

  /** The cursor of a device that has nothing yet. */
  public static final Cursor START = new Cursor("");

  public Cursor {
    Objects.requireNonNull(token, "token must not be null");
    if (token.length() > 512 || !token.chars().allMatch(c -> c > 32 && c < 127)) {
      throw new IllegalArgumentException(
          "cursor must be at most 512 printable ASCII characters but was '" + token + "'");
    }
  }

  /** Whether this is the initial-sync cursor. */
  public boolean isStart() {
    return token.isEmpty();
  }
}
