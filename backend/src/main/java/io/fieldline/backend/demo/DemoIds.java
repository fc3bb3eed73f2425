package io.fieldline.backend.demo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Deterministic ids for demo records, so every run of the loader produces the same data. */
public final class DemoIds {
  private DemoIds() {}

  public static UUID of(String kind, String key) {
    return UUID.nameUUIDFromBytes(
        ("fieldline-demo:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8));
  }
}
