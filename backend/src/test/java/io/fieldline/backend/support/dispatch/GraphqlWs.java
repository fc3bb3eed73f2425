package io.fieldline.backend.support.dispatch;

import io.fieldline.backend.support.Gql;
import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A GraphQL subscription over a real WebSocket with the graphql-transport-ws protocol:
 * connection_init, connection_ack, subscribe; collects every {@code next} payload until {@code
 * complete} (or {@code error}).
 */
public final class GraphqlWs implements AutoCloseable {
  private final WebSocketClient client;
  private final List<JsonObject> next = new CopyOnWriteArrayList<>();
  private final CompletableFuture<List<JsonObject>> done = new CompletableFuture<>();
  private WebSocket socket;

  private GraphqlWs(Vertx vertx) {
    this.client = vertx.createWebSocketClient();
  }

  /** Subscribes with {@code operation} (a file under graphql/) as {@code token}'s user. */
  public static GraphqlWs subscribe(
      Vertx vertx, String token, String operation, Map<String, Object> variables) throws Exception {
    GraphqlWs ws = new GraphqlWs(vertx);
    ws.open(token, Gql.document(operation), variables);
    return ws;
  }

  private void open(String token, String document, Map<String, Object> variables) throws Exception {
    CompletableFuture<Void> acked = new CompletableFuture<>();
    WebSocketConnectOptions options =
        new WebSocketConnectOptions()
            .setHost("localhost")
            .setPort(RestAssured.port)
            .setURI("/graphql")
            .addSubProtocol("graphql-transport-ws")
            .addHeader("Authorization", "Bearer " + token);
    socket =
        client.connect(options).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    socket.textMessageHandler(
        text -> {
          JsonObject message = new JsonObject(text);
          switch (message.getString("type")) {
            case "connection_ack" -> acked.complete(null);
            case "next" -> next.add(message.getJsonObject("payload"));
            case "complete" -> done.complete(List.copyOf(next));
            case "error" -> done.completeExceptionally(new AssertionError("error: " + text));
            default -> {}
          }
        });
    socket.closeHandler(v -> done.complete(List.copyOf(next)));
    socket.writeTextMessage(
        new JsonObject().put("type", "connection_init").put("payload", new JsonObject()).encode());
    acked.get(10, TimeUnit.SECONDS);
    socket.writeTextMessage(
        new JsonObject()
            .put("id", "1")
            .put("type", "subscribe")
            .put(
                "payload",
                new JsonObject().put("query", document).put("variables", new JsonObject(variables)))
            .encode());
  }

  /** Waits for the stream to complete; answers every payload received. */
  public List<JsonObject> awaitComplete(long seconds) throws Exception {
    return done.get(seconds, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    if (socket != null && !socket.isClosed()) {
      socket.close();
    }
    client.close();
  }
}
