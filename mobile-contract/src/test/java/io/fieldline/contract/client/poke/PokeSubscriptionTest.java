package io.fieldline.contract.client.poke;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.contract.client.Backoff;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** graphql-transport-ws: the protocol steps, and a live socket with pokes and a reconnect. */
class PokeSubscriptionTest {
  private static final String QUERY = "subscription { syncPoke { reason } }";

  @Test
  void theProtocolInitsSubscribesAfterTheAckAnswersPingsAndReportsNext() {
    GraphqlTransportWs ws =
        new GraphqlTransportWs("s1", QUERY, Map.of("Authorization", "Bearer t"));

    assertThat(ws.init())
        .isEqualTo("{\"type\":\"connection_init\",\"payload\":{\"Authorization\":\"Bearer t\"}}");
    GraphqlTransportWs.Step ack = ws.receive("{\"type\":\"connection_ack\"}");
    assertThat(ack.replies())
        .containsExactly(
            "{\"id\":\"s1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"" + QUERY + "\"}}");
    assertThat(ws.receive("{\"type\":\"ping\"}").replies()).containsExactly("{\"type\":\"pong\"}");
    GraphqlTransportWs.Step next =
        ws.receive(
            "{\"type\":\"next\",\"id\":\"s1\",\"payload\":{\"data\":{\"syncPoke\":{\"reason\":\"x\"}}}}");
    assertThat(next.event()).isInstanceOf(GraphqlTransportWs.Event.Next.class);
    assertThat(((GraphqlTransportWs.Event.Next) next.event()).data().toString()).contains("reason");
    assertThat(ws.receive("{\"type\":\"next\",\"id\":\"other\"}").event())
        .isInstanceOf(GraphqlTransportWs.Event.Ignored.class);
    assertThat(ws.receive("{\"type\":\"error\",\"id\":\"s1\",\"payload\":[]}").event())
        .isInstanceOf(GraphqlTransportWs.Event.Failed.class);
    assertThat(ws.receive("not json").event()).isInstanceOf(GraphqlTransportWs.Event.Failed.class);
  }

  @Test
  void pokesArriveOverALiveSocketAndADroppedConnectionReconnects() throws Exception {
    LinkedBlockingQueue<GraphqlTransportWs.Event> events = new LinkedBlockingQueue<>();
    try (MiniWsServer server = new MiniWsServer();
        PokeSubscription poke =
            new PokeSubscription(
                HttpClient.newHttpClient(),
                URI.create("ws://127.0.0.1:" + server.port() + "/graphql"),
                QUERY,
                () -> "tok",
                events::add,
                new Backoff(10, 100, 1))) {
      poke.start().get(10, TimeUnit.SECONDS);
      assertThat(server.received.poll(20, TimeUnit.SECONDS)).contains("Bearer tok");
      String subscribe = server.received.poll(20, TimeUnit.SECONDS);
      assertThat(subscribe).contains("\"type\":\"subscribe\"").contains("syncPoke");
      String id = subscribe.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
      assertThat(events.poll(20, TimeUnit.SECONDS))
          .isInstanceOf(GraphqlTransportWs.Event.Acknowledged.class);

      server.sendLatest("{\"type\":\"next\",\"id\":\"" + id + "\",\"payload\":{\"data\":{}}}");
      assertThat(events.poll(20, TimeUnit.SECONDS))
          .isInstanceOf(GraphqlTransportWs.Event.Next.class);

      server.dropLatest();
      assertThat(events.poll(20, TimeUnit.SECONDS))
          .isInstanceOf(GraphqlTransportWs.Event.Failed.class);
      assertThat(events.poll(20, TimeUnit.SECONDS))
          .as("acknowledged again after reconnecting")
          .isInstanceOf(GraphqlTransportWs.Event.Acknowledged.class);
      assertThat(server.connections).hasSize(2);
    }
  }
}
