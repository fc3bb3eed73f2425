package io.fieldline.sync.engine;

import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.wire.Refusal;

/** The engine's standard refusal messages. */
final class Refusals {

  private Refusals() {}

  static Refusal.UnsupportedVersion unsupported(int requested) {
    return new Refusal.UnsupportedVersion(
        requested,
        ProtocolVersion.SUPPORTED,
        "protocol version "
            + requested
            + " is not supported; supported: "
            + ProtocolVersion.SUPPORTED
            + ". Update the app.");
  }

  static Refusal.BatchTooLarge batchTooLarge(EngineConfig config, String what) {
    return new Refusal.BatchTooLarge(
        config.maxMutationsPerPush(),
        config.maxRequestBytes(),
        what
            + " exceed the limits of "
            + config.maxMutationsPerPush()
            + " mutations and "
            + config.maxRequestBytes()
            + " bytes; split the batch");
  }
}
