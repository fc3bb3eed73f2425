package io.fieldline.contract.client.poke;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The client side of the {@code graphql-transport-ws} sub-protocol as a pure state machine: what to
 * send first, and for each received text frame what to answer and what happened. Sockets live in
 * {@link PokeSubscription}; this class is tested without one.
 */
public final class GraphqlTransportWs {
  public static final String SUBPROTOCOL = "graphql-transport-ws";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** What a received frame meant. */
  public sealed interface Event {
    record Acknowledged() implements Event {}

    record Next(JsonNode data) implements Event {}

    record Failed(String message) implements Event {}

    record Completed() implements Event {}

    record Ignored(String type) implements Event {}
  }

  /** Frames to send back and what happened. */
  public record Step(List<String> replies, Event event) {}

  private final String subscriptionId;
  private final String query;
  private final Map<String, Object> connectionPayload;
  private boolean acknowledged;

  public GraphqlTransportWs(String id, String query, Map<String, Object> connectionPayload) {
    this.subscriptionId = id;
    this.query = query;
    this.connectionPayload = Map.copyOf(connectionPayload);
  }

  /** The first frame: {@code connection_init} with the payload (the bearer token). */
  public String init() {
    ObjectNode init = MAPPER.createObjectNode().put("type", "connection_init");
    init.set("payload", MAPPER.valueToTree(connectionPayload));
    return init.toString();
  }

  public boolean acknowledged() {
    return acknowledged;
  }

  /** Handles one received text frame. */
  public Step receive(String text) {
    JsonNode message;
    try {
      message = MAPPER.readTree(text);
    } catch (IOException e) {
      return new Step(List.of(), new Event.Failed("unreadable frame: " + e.getMessage()));
    }
    String type = message.path("type").asText("");
    List<String> replies = new ArrayList<>();
    switch (type) {
      case "connection_ack":
        acknowledged = true;
        ObjectNode subscribe =
            MAPPER.createObjectNode().put("id", subscriptionId).put("type", "subscribe");
        subscribe.putObject("payload").put("query", query);
        replies.add(subscribe.toString());
        return new Step(replies, new Event.Acknowledged());
      case "ping":
        replies.add("{\"type\":\"pong\"}");
        return new Step(replies, new Event.Ignored("ping"));
      case "next":
        if (!subscriptionId.equals(message.path("id").asText())) {
          return new Step(replies, new Event.Ignored("next for another id"));
        }
        JsonNode payload = message.path("payload");
        if (payload.has("errors")) {
          return new Step(replies, new Event.Failed(payload.get("errors").toString()));
        }
        return new Step(replies, new Event.Next(payload.path("data")));
      case "error":
        return new Step(replies, new Event.Failed(message.path("payload").toString()));
      case "complete":
        return new Step(replies, new Event.Completed());
      default:
        return new Step(replies, new Event.Ignored(type));
    }
  }

  /** The frame that ends the subscription. */
  public String complete() {
    return MAPPER.createObjectNode().put("id", subscriptionId).put("type", "complete").toString();
  }
}
