package io.fieldline.sync.sim;

import io.fieldline.sync.engine.Caller;
import io.fieldline.sync.engine.JsonEndpoint;
import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import io.fieldline.sync.wire.json.SyncJson;
import java.util.Optional;

/** Talks JSON to a {@link JsonEndpoint}, exercising the codec both ways on every request. */
final class EndpointTransport implements Transport {

  private final JsonEndpoint endpoint;
  private final Caller caller;

  EndpointTransport(JsonEndpoint endpoint, String caller) {
    this.endpoint = endpoint;
    this.caller = new Caller(caller);
  }

  @Override
  public Optional<PushResponse> push(PushRequest request) {
    byte[] body = endpoint.push(caller, SyncJson.encode(request)).body();
    return Optional.of(SyncJson.decodePushResponse(body));
  }

  @Override
  public Optional<PullResponse> pull(PullRequest request) {
    byte[] body = endpoint.pull(caller, SyncJson.encode(request)).body();
    return Optional.of(SyncJson.decodePullResponse(body));
  }

  /** Sends a raw push body and ignores the answer (a stale duplicate delivery). */
  void deliverStale(byte[] body) {
    endpoint.push(caller, body);
  }
}
