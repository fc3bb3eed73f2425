package io.fieldline.sync.engine;

import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.PushResponse;
import io.fieldline.sync.wire.Refusal;
import io.fieldline.sync.wire.json.SyncJson;
import io.fieldline.sync.wire.json.WireFormatException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The transport edge: JSON bytes in, status and JSON bytes out. It enforces the body cap (R14),
 * refuses unsupported versions before decoding the rest (R1), turns undecodable bodies into
 * INVALID_REQUEST naming the path (R2) and maps refusals to HTTP statuses (PROTOCOL.md, "HTTP
 * mapping"). The caller is whoever the transport authenticated.
 */
public final class JsonEndpoint {

  private final SyncEngine engine;

  /** An endpoint serving {@code engine}. */
  public JsonEndpoint(SyncEngine engine) {
    this.engine = engine;
  }

  /** Handles a push body. */
  public EndpointResponse push(Caller caller, byte[] body) {
    Optional<Refusal> refused = screen(body);
    if (refused.isPresent()) {
      return new EndpointResponse(
          status(refused.get()), SyncJson.encode((PushResponse) refused.get()));
    }
    PushResponse response;
    try {
      response = engine.push(caller, SyncJson.decodePushRequest(body));
    } catch (WireFormatException e) {
      response = new Refusal.InvalidRequest(e.getMessage());
    }
    int status = response instanceof Refusal ? status((Refusal) response) : 200;
    return new EndpointResponse(status, SyncJson.encode(response));
  }

  /** Handles a pull body. */
  public EndpointResponse pull(Caller caller, byte[] body) {
    Optional<Refusal> refused = screen(body);
    if (refused.isPresent()) {
      return new EndpointResponse(
          status(refused.get()), SyncJson.encode((PullResponse) refused.get()));
    }
    PullResponse response;
    try {
      response = engine.pull(caller, SyncJson.decodePullRequest(body));
    } catch (WireFormatException e) {
      response = new Refusal.InvalidRequest(e.getMessage());
    }
    int status = response instanceof Refusal ? status((Refusal) response) : 200;
    return new EndpointResponse(status, SyncJson.encode(response));
  }

  /** The refusal a body gets before decoding (too large, unsupported version), if any. */
  private Optional<Refusal> screen(byte[] body) {
    if (body.length > engine.config().maxRequestBytes()) {
      return Optional.of(Refusals.batchTooLarge(engine.config(), body.length + " bytes"));
    }
    OptionalInt version = SyncJson.peekProtocolVersion(body);
    if (version.isPresent() && !ProtocolVersion.isSupported(version.getAsInt())) {
      return Optional.of(Refusals.unsupported(version.getAsInt()));
    }
    return Optional.empty();
  }

  /** The HTTP status of a refusal. */
  public static int status(Refusal refusal) {
    switch (refusal.code()) {
      case BATCH_TOO_LARGE:
        return 413;
      case UNAUTHORIZED_DEVICE:
        return 403;
      case RETRYABLE:
        return 503;
      default:
        return 400;
    }
  }
}
