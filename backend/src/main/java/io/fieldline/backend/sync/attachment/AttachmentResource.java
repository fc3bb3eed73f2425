package io.fieldline.backend.sync.attachment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.identity.auth.CurrentUser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Attachment content over HTTP (backend/docs/sync.md, "Attachments"), with the bearer tokens of
 * {@code /sync/*}: declare an upload, send chunks at their offsets, ask where an upload stands to
 * resume it, finalize (SHA-256 verified) and download (whole or one {@code Range}). Errors are
 * {@code {"code", "message", "field"}} with a status per code; runs on worker threads.
 */
@Path("/sync/attachments")
public class AttachmentResource {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CurrentUser currentUser;
  private final AttachmentStore store;
  private final AttachmentReader reader;
  private final AttachmentSettings settings;

  public AttachmentResource(
      CurrentUser currentUser,
      AttachmentStore store,
      AttachmentReader reader,
      AttachmentSettings settings) {
    this.currentUser = currentUser;
    this.store = store;
    this.reader = reader;
    this.settings = settings;
  }

  /** Declares an upload: {@code {"sha256", "size", "mediaType"}}; answers its status. */
  @POST
  @Consumes(MediaType.WILDCARD)
  public Response declare(byte[] body) {
    return answer(
        () -> {
          JsonNode request = parse(body);
          JsonNode size = request.path("size");
          if (!size.canConvertToLong() || !size.isIntegralNumber()) {
            throw ApiException.invalid("size", "size must be a whole number of bytes");
          }
          return status(
              store.declare(
                  caller(),
                  request.path("sha256").asText(null),
                  size.longValue(),
                  request.path("mediaType").asText(null)));
        });
  }

  /** Where an upload stands: resume from {@code received}. */
  @GET
  @Path("/{sha256}/status")
  public Response status(@PathParam("sha256") String sha256) {
    return answer(() -> status(store.status(caller(), sha256)));
  }

  /** Stores one chunk starting at {@code offset}. */
  @PUT
  @Path("/{sha256}/chunks/{offset}")
  @Consumes(MediaType.WILDCARD)
  public Response chunk(
      @PathParam("sha256") String sha256, @PathParam("offset") long offset, byte[] body) {
    return answer(
        () -> status(store.append(caller(), sha256, offset, body == null ? new byte[0] : body)));
  }

  /** Verifies the SHA-256 of the received bytes and completes the upload. */
  @POST
  @Path("/{sha256}/finalize")
  @Consumes(MediaType.WILDCARD)
  public Response finish(@PathParam("sha256") String sha256) {
    return answer(() -> status(store.finish(caller(), sha256)));
  }

  /** The content, whole or the byte range the {@code Range} header asks for. */
  @GET
  @Path("/{sha256}")
  public Response download(
      @PathParam("sha256") String sha256, @HeaderParam("Range") String rangeHeader) {
    return answer(
        () -> {
          FieldlinePrincipal caller = caller();
          UploadStatus content = reader.readable(caller, sha256);
          Optional<ByteRange> asked = ByteRange.parse(rangeHeader, content.size());
          ByteRange range = asked.orElse(new ByteRange(0, content.size() - 1));
          StreamingOutput body = out -> reader.write(caller, sha256, range, out);
          Response.ResponseBuilder response =
              Response.status(asked.isPresent() ? 206 : 200)
                  .type(content.mediaType())
                  .header("Accept-Ranges", "bytes")
                  .header(HttpHeaders.ETAG, "\"" + sha256 + "\"")
                  .header(HttpHeaders.CACHE_CONTROL, "private, max-age=31536000, immutable")
                  .header(HttpHeaders.CONTENT_LENGTH, Math.max(0, range.length()));
          if (asked.isPresent()) {
            response.header(
                "Content-Range",
                "bytes " + range.first() + "-" + range.last() + "/" + content.size());
          }
          return content.size() == 0 ? response.build() : response.entity(body).build();
        });
  }

  private FieldlinePrincipal caller() {
    return currentUser.require();
  }

  private Response status(UploadStatus status) {
    ObjectNode json = JSON.createObjectNode();
    json.put("sha256", status.sha256());
    json.put("size", status.size());
    json.put("mediaType", status.mediaType());
    json.put("received", status.received());
    json.put("complete", status.complete());
    json.put("chunkSize", settings.maxChunkBytes());
    return Response.ok(json.toString(), MediaType.APPLICATION_JSON_TYPE).build();
  }

  private static JsonNode parse(byte[] body) {
    try {
      JsonNode tree = JSON.readTree(body == null ? new byte[0] : body);
      if (tree == null || !tree.isObject()) {
        throw ApiException.invalid("body", "expected a JSON object");
      }
      return tree;
    } catch (IOException e) {
      throw ApiException.invalid("body", "not valid JSON");
    }
  }

  private Response answer(Supplier<Response> work) {
    try {
      return work.get();
    } catch (ApiException e) {
      return error(e);
    }
  }

  static Response error(ApiException e) {
    ObjectNode json = JSON.createObjectNode();
    json.put("code", e.code().name());
    json.put("message", e.getMessage());
    if (e.field() != null) {
      json.put("field", e.field());
    }
    Response.ResponseBuilder response =
        Response.status(httpStatus(e.code())).type(MediaType.APPLICATION_JSON_TYPE);
    if (e.code() == ErrorCode.UNAUTHENTICATED || e.code() == ErrorCode.TOKEN_EXPIRED) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    return response.entity(json.toString()).build();
  }

  static int httpStatus(ErrorCode code) {
    return switch (code) {
      case UNAUTHENTICATED, TOKEN_EXPIRED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case ATTACHMENT_OFFSET_MISMATCH, ATTACHMENT_INCOMPLETE, CONFLICT -> 409;
      case ATTACHMENT_TOO_LARGE, LIMIT_EXCEEDED -> 413;
      case ATTACHMENT_TYPE_NOT_ALLOWED -> 415;
      case RANGE_NOT_SATISFIABLE -> 416;
      case ATTACHMENT_HASH_MISMATCH -> 422;
      case RETRYABLE -> 503;
      case INTERNAL -> 500;
      default -> 400;
    };
  }
}
