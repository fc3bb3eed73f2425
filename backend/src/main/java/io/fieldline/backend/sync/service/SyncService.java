package io.fieldline.backend.sync.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.sync.entity.PushContext;
import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.engine.Caller;
import io.fieldline.sync.engine.EndpointResponse;
import io.fieldline.sync.engine.EngineConfig;
import io.fieldline.sync.engine.JsonEndpoint;
import io.fieldline.sync.engine.SyncEngine;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import io.fieldline.sync.wire.Refusal;
import io.fieldline.sync.wire.json.SyncJson;
import io.fieldline.sync.wire.json.WireFormatException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Push and pull for an authenticated caller, JSON bytes in and out (blocking; call on a worker
 * thread). The caller's principal id is the user id; the device must be registered to the user
 * (R3). Before the engine runs, the device is enrolled in its user's scope ({@link
 * DeviceProvisioning}); pushes are screened for operations devices may not perform ({@link
 * OperationScreen}) and run with the caller's {@link PushContext}.
 */
@ApplicationScoped
public class SyncService {

  private static final Logger LOG = Logger.getLogger(SyncService.class);

  private final SyncEngines engines;
  private final DataSource dataSource;

  public SyncService(SyncEngines engines, DataSource dataSource) {
    this.engines = engines;
    this.dataSource = dataSource;
  }

  /** Handles a push body (R1-R18). */
  public EndpointResponse push(FieldlinePrincipal caller, byte[] body) {
    SyncEngine engine = engines.engine(caller.tenantId());
    EngineConfig config = engine.config();
    if (body.length > config.maxRequestBytes()) {
      return answer(tooLarge(config, body.length + " bytes"));
    }
    OptionalInt version = SyncJson.peekProtocolVersion(body);
    if (version.isPresent() && !ProtocolVersion.isSupported(version.getAsInt())) {
      return answer(unsupported(version.getAsInt()));
    }
    PushRequest request;
    try {
      request = SyncJson.decodePushRequest(body);
    } catch (WireFormatException e) {
      return answer(new Refusal.InvalidRequest(e.getMessage()));
    }
    if (!enrol(caller, request.deviceId(), version)) {
      return answer(busy(config));
    }
    PushRequest screened = engines.screen(caller.tenantId(), request);
    PushContext context = new PushContext(Scopes.ofUser(caller.userId()), caller.territoryIds());
    PushResponse response =
        context.bind(() -> engine.push(new Caller(caller.userId().toString()), screened));
    return answer(response);
  }

  /** Handles a pull body (R30-R39). */
  public EndpointResponse pull(FieldlinePrincipal caller, byte[] body) {
    SyncEngine engine = engines.engine(caller.tenantId());
    if (body.length <= engine.config().maxRequestBytes()) {
      try {
        JsonNode tree = SyncJson.parseTree(body);
        JsonNode device = tree.path("deviceId");
        JsonNode version = tree.path("protocolVersion");
        if (device.isTextual()
            && !enrol(
                caller,
                device.textValue(),
                version.isInt() ? OptionalInt.of(version.intValue()) : OptionalInt.empty())) {
          return answer(busy(engine.config()));
        }
      } catch (WireFormatException e) {
        // the endpoint answers INVALID_REQUEST naming the problem
      }
    }
    return new JsonEndpoint(engine).pull(new Caller(caller.userId().toString()), body);
  }

  private boolean enrol(FieldlinePrincipal caller, String deviceId, OptionalInt version) {
    try {
      DeviceProvisioning.enrol(
          dataSource,
          caller,
          deviceId,
          version.isPresent() && ProtocolVersion.isSupported(version.getAsInt())
              ? version
              : OptionalInt.empty());
      return true;
    } catch (SQLException e) {
      LOG.warnf(
          "sync: enrolling device failed (SQLSTATE %s); answering RETRYABLE", e.getSQLState());
      return false;
    }
  }

  private static EndpointResponse answer(PushResponse response) {
    int status = response instanceof Refusal r ? JsonEndpoint.status(r) : 200;
    return new EndpointResponse(status, SyncJson.encode(response));
  }

  private static Refusal tooLarge(EngineConfig config, String what) {
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

  private static Refusal unsupported(int requested) {
    return new Refusal.UnsupportedVersion(
        requested,
        ProtocolVersion.SUPPORTED,
        "protocol version "
            + requested
            + " is not supported; supported: "
            + ProtocolVersion.SUPPORTED
            + ". Update the app.");
  }

  private static Refusal busy(EngineConfig config) {
    return new Refusal.Retryable(config.retryAfterMillis(), "the server is busy; retry later");
  }
}
