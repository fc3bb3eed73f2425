package io.fieldline.contract.client;

import io.fieldline.sync.engine.SyncEngine;

/** Reference-engine transports for tests in other packages. */
public final class EngineTransports {
  private EngineTransports() {}

  public static SyncTransport of(SyncEngine engine, String caller) {
    return new EngineTransport(engine, caller);
  }
}
