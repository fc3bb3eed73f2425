package io.fieldline.sync.engine;

import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.Values;
import io.fieldline.sync.wire.Cursor;
import io.fieldline.sync.wire.json.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * This server's cursor tokens (opaque to clients, R30): base64url of {@code v1|p|<position>|<tag>}
 * while streaming the change log, or {@code v1|s|<head>|<tag>|<entityType>|<id>} while paging an
 * initial snapshot taken at {@code head}. The tag is derived from the scope id so a cursor from
 * another scope is detected.
 */
final class CursorCodec {

  /** Where a cursor points. */
  sealed interface Position {}

  /** The empty cursor: start an initial sync. */
  record Start() implements Position {}

  /** Inside a snapshot taken at {@code head}, after {@code after}. */
  record Snapshot(long head, String tag, RecordKey after) implements Position {}

  /** In the change log, after {@code position}. */
  record Stream(long position, String tag) implements Position {}

  private CursorCodec() {}

  static String tag(String scopeId) {
    return CanonicalJson.sha256(scopeId).substring(0, 12);
  }

  static Cursor stream(long position, String scopeId) {
    return encode("v1|p|" + position + "|" + tag(scopeId));
  }

  static Cursor snapshot(long head, String scopeId, RecordKey after) {
    return encode(
        "v1|s|" + head + "|" + tag(scopeId) + "|" + after.entityType() + "|" + after.id());
  }

  /** Parses a cursor this server issued; empty for anything else. */
  static Optional<Position> decode(Cursor cursor) {
    if (cursor.isStart()) {
      return Optional.of(new Start());
    }
    try {
      String text =
          new String(Base64.getUrlDecoder().decode(cursor.token()), StandardCharsets.UTF_8);
      String[] parts = text.split("\\|", -1);
      if (parts.length == 4 && parts[0].equals("v1") && parts[1].equals("p")) {
        return Optional.of(new Stream(nonNegative(parts[2]), parts[3]));
      }
      if (parts.length == 6 && parts[0].equals("v1") && parts[1].equals("s")) {
        RecordKey after = new RecordKey(parts[4], Values.uuid(parts[5], "cursor id"));
        return Optional.of(new Snapshot(nonNegative(parts[2]), parts[3], after));
      }
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static long nonNegative(String text) {
    long value = Long.parseLong(text);
    if (value < 0) {
      throw new IllegalArgumentException("negative position");
    }
    return value;
  }

  private static Cursor encode(String text) {
    return new Cursor(
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(text.getBytes(StandardCharsets.UTF_8)));
  }
}
