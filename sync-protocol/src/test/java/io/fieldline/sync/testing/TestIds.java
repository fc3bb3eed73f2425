package io.fieldline.sync.testing;

import io.fieldline.sync.model.RecordKey;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Deterministic ids from readable names, so tests and vectors agree. */
public final class TestIds {

  private TestIds() {}

  /** The name-based UUID of {@code name}. */
  public static UUID uuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  /** The key of entity {@code entityType} named {@code name}. */
  public static RecordKey key(String entityType, String name) {
    return new RecordKey(entityType, uuid(name));
  }
}
