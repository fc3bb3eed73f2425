package io.fieldline.contract.client;

import io.fieldline.sync.engine.SyncEngine;
import java.util.ArrayList;
import java.util.List;

/** Builds reference clients on throw-away SQLite stores for tests; records back-off sleeps. */
final class Phones {
  final List<Long> sleeps = new ArrayList<>();

  SyncClient phone(String deviceId, SyncTransport transport) {
    return SyncClient.builder(LocalStore.open(":memory:"), deviceId, transport)
        .backoff(new Backoff(100, 10_000, 7), sleeps::add)
        .pageSize(3)
        .build();
  }

  SyncClient phone(SyncEngine engine, String deviceId, String owner) {
    return phone(deviceId, new EngineTransport(engine, owner));
  }
}
