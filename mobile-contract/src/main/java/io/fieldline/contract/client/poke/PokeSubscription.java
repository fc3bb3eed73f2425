package io.fieldline.contract.client.poke;

import io.fieldline.contract.client.Backoff;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The poke subscription: a GraphQL subscription over WebSocket ({@code graphql-transport-ws}) whose
 * events only say "something changed for you, sync now". Each {@code next} (and each acknowledged
 * connection) calls {@code onPoke} (the app schedules a sync; lost connections are reported as
 * {@code Failed}); a dropped connection reconnects with exponential back-off and jitter, and pokes
 * missed meanwhile are harmless: the app syncs after reconnecting too.
 */
public final class PokeSubscription implements AutoCloseable {
  /**
   * The backend's poke subscription ({@code graphql/operations/sync/syncPoke.graphql}): on {@code
   * /graphql}, bound to the caller's scope.
   */
  public static final String SYNC_POKE = "subscription syncPoke { syncPoke { position } }";

  private final HttpClient http;
  private final URI endpoint;
  private final String query;
  private final Supplier<String> token;
  private final Consumer<GraphqlTransportWs.Event> onPoke;
  private final Backoff backoff;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private volatile WebSocket socket;
  private volatile boolean closed;
  private int failures;

  public PokeSubscription(
      HttpClient http,
      URI endpoint,
      String query,
      Supplier<String> token,
      Consumer<GraphqlTransportWs.Event> onPoke,
      Backoff backoff) {
    this.http = http;
    this.endpoint = endpoint;
    this.query = query;
    this.token = token;
    this.onPoke = onPoke;
    this.backoff = backoff;
  }

  /** Connects (and keeps reconnecting until closed). */
  public CompletableFuture<WebSocket> start() {
    GraphqlTransportWs protocol =
        new GraphqlTransportWs(
            UUID.randomUUID().toString(), query, Map.of("Authorization", "Bearer " + token.get()));
    Listener listener = new Listener(protocol);
    return http.newWebSocketBuilder()
        .subprotocols(GraphqlTransportWs.SUBPROTOCOL)
        .buildAsync(endpoint, listener)
        .whenComplete(
            (ws, error) -> {
              if (error != null) {
                reconnect();
              } else {
                socket = ws;
                listener.send(ws, protocol.init());
              }
            });
  }

  private void reconnect() {
    if (closed) {
      return;
    }
    long delay = backoff.delayMillis(++failures, 0);
    timer.schedule(this::start, delay, TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    closed = true;
    WebSocket ws = socket;
    if (ws != null) {
      ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
    }
    timer.shutdownNow();
  }

  private final class Listener implements WebSocket.Listener {
    private final GraphqlTransportWs protocol;
    private final StringBuilder partial = new StringBuilder();
    private CompletableFuture<Void> sending = CompletableFuture.completedFuture(null);

    Listener(GraphqlTransportWs protocol) {
      this.protocol = protocol;
    }

    /**
     * Sends one text message after every earlier one completed: {@link WebSocket} allows one text
     * send in flight, and a reply sent while the previous send is still pending fails with an
     * IllegalStateException that nobody would see (the subscribe after a quick connection_ack).
     */
    private synchronized void send(WebSocket ws, String text) {
      sending =
          sending
              .exceptionally(error -> null)
              .thenCompose(previous -> ws.sendText(text, true).thenApply(sent -> null));
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        GraphqlTransportWs.Step step = protocol.receive(partial.toString());
        partial.setLength(0);
        List<String> replies = step.replies();
        replies.forEach(r -> send(ws, r));
        if (step.event() instanceof GraphqlTransportWs.Event.Acknowledged) {
          failures = 0;
        }
        if (step.event() instanceof GraphqlTransportWs.Event.Next
            || step.event() instanceof GraphqlTransportWs.Event.Acknowledged) {
          onPoke.accept(step.event());
        }
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
      onPoke.accept(new GraphqlTransportWs.Event.Failed("closed " + status + " " + reason));
      reconnect();
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      onPoke.accept(new GraphqlTransportWs.Event.Failed("connection lost: " + error));
      reconnect();
    }
  }
}
