package io.fieldline.contract.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The GraphQL API version and where the contract's schema files live in the jar. The committed
 * schema ({@link #SCHEMA}) equals what the backend serves; the released baseline ({@link
 * #RELEASED_SCHEMA}, version {@link #RELEASED_VERSION}) is what installed apps were built against.
 * A breaking change between them needs {@link #VERSION} above the released one.
 */
public final class ApiVersion {
  public static final String SCHEMA = "graphql/schema.graphql";
  public static final String VERSION = "graphql/api-version.txt";
  public static final String RELEASED_SCHEMA = "graphql/schema-released/schema.graphql";
  public static final String RELEASED_VERSION = "graphql/schema-released/api-version.txt";

  private ApiVersion() {}

  /** The current API version. */
  public static int current() {
    return Integer.parseInt(resource(VERSION).trim());
  }

  /** The version of the released baseline. */
  public static int released() {
    return Integer.parseInt(resource(RELEASED_VERSION).trim());
  }

  /** A text resource of this module. */
  public static String resource(String path) {
    try (InputStream in = ApiVersion.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
