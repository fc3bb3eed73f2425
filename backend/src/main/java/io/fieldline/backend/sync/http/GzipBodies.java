package io.fieldline.backend.sync.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * gzip for sync bodies: requests sent with {@code Content-Encoding: gzip} are inflated with a cap
 * (a small body cannot expand past the batch limit), responses are compressed when the client
 * accepts gzip and the body is worth it.
 */
final class GzipBodies {

  /** Responses below this size go out as they are. */
  static final int MIN_COMPRESSED = 1024;

  private GzipBodies() {}

  /**
   * The inflated body, or empty when it would exceed {@code cap} bytes; malformed gzip is an {@link
   * IOException}.
   */
  static Optional<byte[]> inflate(byte[] gzipped, long cap) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > cap) {
          return Optional.empty();
        }
        out.write(buffer, 0, n);
      }
      return Optional.of(out.toByteArray());
    }
  }

  /**
   * gzip at the fastest level: a pull page of 1,000 records (JSON with repeated keys) still shrinks
   * several times, for a fraction of the default level's CPU (pull pages are CPU-bound).
   */
  static byte[] deflate(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
    try (GZIPOutputStream gzip = new FastGzip(out)) {
      gzip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A gzip stream at {@link Deflater#BEST_SPEED}. */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(ByteArrayOutputStream out) throws IOException {
      super(out, 8192);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }

  static boolean accepts(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String part : acceptEncoding.split(",")) {
      String[] coding = part.trim().split(";");
      if (coding[0].trim().equalsIgnoreCase("gzip")
          && !(coding.length > 1 && coding[1].trim().replace(" ", "").equals("q=0"))) {
        return true;
      }
    }
    return false;
  }
}
