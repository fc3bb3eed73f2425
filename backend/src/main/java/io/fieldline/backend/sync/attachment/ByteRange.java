package io.fieldline.backend.sync.attachment;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An inclusive byte range of a content of {@code size} bytes (HTTP {@code Range: bytes=...}). */
public record ByteRange(long first, long last) {

  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  /** The number of bytes in the range. */
  public long length() {
    return last - first + 1;
  }

  /**
   * The range a {@code Range} header asks for in a content of {@code size} bytes; empty for the
   * whole content (no header, or a form this server does not serve partially, such as several
   * ranges). A range starting past the end is RANGE_NOT_SATISFIABLE.
   */
  public static Optional<ByteRange> parse(String header, long size) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher m = SINGLE.matcher(header.trim());
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      return Optional.empty();
    }
    try {
      if (m.group(1).isEmpty()) {
        long suffix = Long.parseLong(m.group(2));
        if (suffix == 0 || size == 0) {
          throw unsatisfiable(size);
        }
        return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
      }
      long first = Long.parseLong(m.group(1));
      long last = m.group(2).isEmpty() ? size - 1 : Long.parseLong(m.group(2));
      if (first >= size) {
        throw unsatisfiable(size);
      }
      if (last < first) {
        return Optional.empty();
      }
      return Optional.of(new ByteRange(first, Math.min(last, size - 1)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static ApiException unsatisfiable(long size) {
    return new ApiException(
        ErrorCode.RANGE_NOT_SATISFIABLE, "The content has " + size + " bytes", "range");
  }
}
