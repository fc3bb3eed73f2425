package io.fieldline.contract.client;

import io.fieldline.sync.engine.Caller;
import io.fieldline.sync.engine.JsonEndpoint;
import io.fieldline.sync.engine.SyncEngine;
import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import io.fieldline.sync.wire.json.SyncJson;

/** The reference engine behind its JSON edge, so every request crosses the codec both ways. */
final class EngineTransport implements SyncTransport {
  private final JsonEndpoint endpoint;
  private final Caller caller;

  EngineTransport(SyncEngine engine, String caller) {
    this.endpoint = new JsonEndpoint(engine);
    this.caller = new Caller(caller);
  }

  @Override
  public PushResponse push(PushRequest request) {
    return SyncJson.decodePushResponse(endpoint.push(caller, SyncJson.encode(request)).body());
  }

  @Override
  public PullResponse pull(PullRequest request) {
    return SyncJson.decodePullResponse(endpoint.pull(caller, SyncJson.encode(request)).body());
  }
}
