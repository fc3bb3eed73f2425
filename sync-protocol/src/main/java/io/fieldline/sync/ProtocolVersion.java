package io.fieldline.sync;

import java.util.List;

/**
 * The sync wire-format version. Every request carries it and every response states the version the
 * server used (PROTOCOL.md R1). Changing any golden file under {@code golden/v<N>} requires bumping
 * {@link #CURRENT} and adding a line to the version history in PROTOCOL.md; a test enforces it.
 */
public final class ProtocolVersion {

  /** The version this build produces. */
  public static final int CURRENT = 1;

  /** Versions this build accepts, oldest first. */
  public static final List<Integer> SUPPORTED = List.of(1);

  private ProtocolVersion() {}

  /** Whether a request in {@code version} can be served by this build. */
  public static boolean isSupported(int version) {
    return SUPPORTED.contains(version);
  }
}
