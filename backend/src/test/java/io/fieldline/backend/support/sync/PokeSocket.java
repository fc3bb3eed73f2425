package io.fieldline.backend.support.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A GraphQL-over-WebSocket client (graphql-transport-ws) for {@code subscription { syncPoke }}:
 * connects, sends {@code connection_init} (with the token in its payload, or none), subscribes and
 * queues every server message with the time it arrived.
 */
public final class PokeSocket implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A server message and when it arrived ({@link System#nanoTime()}). */
  public record Message(JsonNode json, long arrivedNanos) {
    public String type() {
      return json.path("type").asText();
    }
  }

  private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
  private final WebSocket socket;

  private PokeSocket(URI graphql, String token) throws Exception {
    URI ws = URI.create(graphql.toString().replaceFirst("^http", "ws"));
    socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .subprotocols("graphql-transport-ws")
            .connectTimeout(Duration.ofSeconds(5))
            .buildAsync(ws, new Listener())
            .get(10, TimeUnit.SECONDS);
    String init =
        token == null
            ? "{\"type\":\"connection_init\"}"
            : "{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer "
                + token
                + "\"}}";
    socket.sendText(init, true).get(5, TimeUnit.SECONDS);
  }

  /** Connects with {@code token} in connection_init (null: none) and subscribes to syncPoke. */
  public static PokeSocket subscribe(URI graphql, String token) throws Exception {
    PokeSocket s = new PokeSocket(graphql, token);
    Message ack = s.next(10_000);
    if (ack != null && ack.type().equals("connection_ack")) {
      s.socket
          .sendText(
              "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":{\"query\":"
                  + "\"subscription { syncPoke { position } }\"}}",
              true)
          .get(5, TimeUnit.SECONDS);
    } else if (ack != null) {
      s.messages.add(ack);
    }
    return s;
  }

  /** The next message within {@code millis}, or null. */
  public Message next(long millis) throws InterruptedException {
    return messages.poll(millis, TimeUnit.MILLISECONDS);
  }

  /** Drops queued messages. */
  public void clear() {
    messages.clear();
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        try {
          messages.add(new Message(JSON.readTree(text.toString()), System.nanoTime()));
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        text.setLength(0);
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
      messages.add(
          new Message(
              JSON.createObjectNode().put("type", "closed").put("code", status),
              System.nanoTime()));
      return null;
    }
  }
}
