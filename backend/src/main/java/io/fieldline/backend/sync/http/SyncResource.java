package io.fieldline.backend.sync.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.identity.auth.CurrentUser;
import io.fieldline.backend.sync.service.SyncEngines;
import io.fieldline.backend.sync.service.SyncService;
import io.fieldline.sync.engine.EndpointResponse;
import io.fieldline.sync.engine.EngineConfig;
import io.fieldline.sync.wire.Refusal;
import io.fieldline.sync.wire.json.SyncJson;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * {@code POST /sync/push} and {@code POST /sync/pull} (PROTOCOL.md, "HTTP mapping"): JSON bodies,
 * optionally gzip-encoded both ways, authenticated with the same bearer tokens as GraphQL. A
 * missing or invalid token is 401 with {@code {"code": "UNAUTHENTICATED" | "TOKEN_EXPIRED",
 * "message"}}; a token that could not be checked for a temporary reason (database outage) is the
 * protocol's 503 {@code RETRYABLE}, so the phone retries instead of signing out; the protocol's own
 * answers (200, 400, 403, 413, 503) come from {@link SyncService}. Runs on a worker thread (the
 * store is blocking JDBC).
 */
@Path("/sync")
public class SyncResource {

  private final CurrentUser currentUser;
  private final SyncService service;
  private final SyncEngines engines;

  public SyncResource(CurrentUser currentUser, SyncService service, SyncEngines engines) {
    this.currentUser = currentUser;
    this.service = service;
    this.engines = engines;
  }

  @POST
  @Path("/push")
  public Response push(
      byte[] body,
      @HeaderParam(HttpHeaders.CONTENT_ENCODING) String contentEncoding,
      @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
    return handle(body, contentEncoding, acceptEncoding, service::push);
  }

  @POST
  @Path("/pull")
  public Response pull(
      byte[] body,
      @HeaderParam(HttpHeaders.CONTENT_ENCODING) String contentEncoding,
      @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
    return handle(body, contentEncoding, acceptEncoding, service::pull);
  }

  private Response handle(
      byte[] body,
      String contentEncoding,
      String acceptEncoding,
      BiFunction<FieldlinePrincipal, byte[], EndpointResponse> handler) {
    FieldlinePrincipal caller;
    try {
      caller = currentUser.require();
    } catch (ApiException e) {
      if (e.code() == ErrorCode.RETRYABLE) {
        return refusal(new Refusal.Retryable(engines.config().retryAfterMillis(), e.getMessage()));
      }
      return unauthenticated(e);
    }
    byte[] json = body == null ? new byte[0] : body;
    if (contentEncoding != null && contentEncoding.trim().equalsIgnoreCase("gzip")) {
      EngineConfig config = engines.config();
      try {
        Optional<byte[]> inflated = GzipBodies.inflate(json, config.maxRequestBytes());
        if (inflated.isEmpty()) {
          return refusal(
              new Refusal.BatchTooLarge(
                  config.maxMutationsPerPush(),
                  config.maxRequestBytes(),
                  "the decoded body exceeds " + config.maxRequestBytes() + " bytes; split it"));
        }
        json = inflated.get();
      } catch (IOException e) {
        return refusal(new Refusal.InvalidRequest("body: not valid gzip"));
      }
    }
    EndpointResponse answer = handler.apply(caller, json);
    return respond(answer.status(), answer.body(), acceptEncoding);
  }

  private Response refusal(Refusal refusal) {
    return respond(
        io.fieldline.sync.engine.JsonEndpoint.status(refusal),
        SyncJson.encode((io.fieldline.sync.wire.PushResponse) refusal),
        null);
  }

  private Response respond(int status, byte[] body, String acceptEncoding) {
    Response.ResponseBuilder response =
        Response.status(status)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .header("Vary", "Accept-Encoding");
    if (status == 503) {
      long millis = engines.config().retryAfterMillis();
      response.header("Retry-After", Math.max(1, (millis + 999) / 1000));
    }
    if (body.length >= GzipBodies.MIN_COMPRESSED && GzipBodies.accepts(acceptEncoding)) {
      return response
          .header(HttpHeaders.CONTENT_ENCODING, "gzip")
          .entity(GzipBodies.deflate(body))
          .build();
    }
    return response.entity(body).build();
  }

  private static Response unauthenticated(ApiException e) {
    ObjectNode error = JsonNodeFactory.instance.objectNode();
    error.put("code", e.code().name());
    error.put("message", e.getMessage());
    return Response.status(401)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .entity(error.toString())
        .build();
  }
}
