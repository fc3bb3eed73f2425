package io.fieldline.sync;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enum constant with a fixed wire spelling. Parsing is strict: an unknown token is an error
 * naming the value and the accepted ones (PROTOCOL.md R2).
 */
public interface WireToken {

  /** The token as it appears in JSON. */
  String wire();

  /**
   * Parses {@code token} as a constant of {@code type}.
   *
   * @throws IllegalArgumentException naming the value and the accepted tokens if unknown
   */
  static <E extends Enum<E> & WireToken> E parse(Class<E> type, String token, String what) {
    for (E constant : type.getEnumConstants()) {
      if (constant.wire().equals(token)) {
        return constant;
      }
    }
    String accepted =
        Arrays.stream(type.getEnumConstants())
            .map(WireToken::wire)
            .collect(Collectors.joining(", "));
    throw new IllegalArgumentException(
        "unknown " + what + " '" + token + "' (expected one of: " + accepted + ")");
  }
}
