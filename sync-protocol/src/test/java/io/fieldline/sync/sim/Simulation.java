package io.fieldline.sync.sim;

import io.fieldline.sync.engine.JsonEndpoint;
import io.fieldline.sync.merge.FieldlinePolicies;
import io.fieldline.sync.merge.StateMachine;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.StoredRecord;
import io.fieldline.sync.testing.Fields;
import io.fieldline.sync.testing.TestIds;
import io.fieldline.sync.testing.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Three replicas (dev-a and dev-b sharing team-1, dev-c in team-2) editing visits, van stock and
 * contacts offline, while the back office edits, deletes and moves records between scopes, over a
 * {@link Network} that loses, duplicates, reorders and delays pushes.
 */
final class Simulation {

  static final List<String> DEVICES = List.of("dev-a", "dev-b", "dev-c");
  private static final StateMachine VISIT_STATUS =
      FieldlinePolicies.registry()
          .find("visit")
          .orElseThrow()
          .field("status")
          .orElseThrow()
          .stateMachine()
          .orElseThrow();
  private static final List<String> TEXTS = List.of("ok", "leak fixed", "call back", "gate 3");
  private static final List<String> EMAILS = List.of("a@x.example", "b@x.example", "c@x.example");

  final TestServer server = TestServer.create();
  final Map<String, ReplicaClient> clients = new LinkedHashMap<>();
  final Map<String, EndpointTransport> transports = new LinkedHashMap<>();
  final Map<RecordKey, Long> initialQuantity = new LinkedHashMap<>();
  final Network network;
  private final SplittableRandom random;
  private int counter;

  Simulation(SplittableRandom random) {
    this.random = random;
    this.network = new Network(random);
    JsonEndpoint endpoint = new JsonEndpoint(server.engine);
    for (String device : DEVICES) {
      String owner = "tech-" + device.substring(4);
      EndpointTransport transport = new EndpointTransport(endpoint, owner);
      transports.put(device, transport);
      clients.put(device, new ReplicaClient(device, transport, FieldlinePolicies.registry()));
    }
    for (int i = 0; i < 2; i++) {
      server.seedVisit("visit-" + i);
      RecordKey stock = TestIds.key("stock_movement", "van-1/part-" + i);
      server.seed(
          stock, Fields.of("van_id", "van-1", "product_id", "part-" + i, "quantity", 10), "team-1");
      initialQuantity.put(stock, 10L);
      server.seed(
          TestIds.key("contact", "contact-" + i),
          Fields.of("account_id", "acct-1", "last_name", "Ng", "email", EMAILS.get(0)),
          "team-1");
    }
  }

  /** Runs {@code steps} random steps, then lets every replica push and pull to quiescence. */
  void run(int steps) {
    for (int i = 0; i < steps; i++) {
      step();
    }
    quiesce();
  }

  private void step() {
    int roll = random.nextInt(100);
    ReplicaClient client = clients.get(DEVICES.get(random.nextInt(DEVICES.size())));
    if (roll < 35) {
      deviceEdit(client);
    } else if (roll < 45) {
      serverEdit();
    } else if (roll < 50) {
      scopeChange();
    } else if (roll < 75) {
      network.push(client, transports.get(client.deviceId), 1 + random.nextInt(4));
    } else if (roll < 95) {
      client.pullToCheckpoint(1 + random.nextInt(5));
    } else {
      network.deliverOneStale();
    }
    server.clock.advance(Duration.ofSeconds(30));
  }

  private void quiesce() {
    network.flush();
    for (ReplicaClient client : clients.values()) {
      for (int round = 0; !client.outbox.isEmpty(); round++) {
        if (round > 100) {
          throw new AssertionError(client.deviceId + " cannot empty its outbox: " + client.outbox);
        }
        client.push(5);
      }
    }
    for (ReplicaClient client : clients.values()) {
      if (!client.pullToCheckpoint(1 + random.nextInt(5))) {
        throw new AssertionError(client.deviceId + " did not reach a checkpoint");
      }
    }
  }

  private void deviceEdit(ReplicaClient client) {
    List<RecordKey> visible = new ArrayList<>(client.visibleKeys());
    if (visible.isEmpty() || random.nextInt(10) == 0) {
      create(client);
      return;
    }
    RecordKey key = visible.get(random.nextInt(visible.size()));
    Map<String, FieldValue> view = client.view(key).orElseThrow();
    if (random.nextInt(25) == 0) {
      client.delete(key, server.clock.instant());
      return;
    }
    Map<String, FieldValue> fields = new LinkedHashMap<>();
    switch (key.entityType()) {
      case "visit":
        visitEdit(client, view, fields);
        break;
      case "stock_movement":
        fields.put(
            "quantity",
            FieldValue.of(random.nextBoolean() ? -1 - random.nextInt(3) : 1 + random.nextInt(3)));
        if (random.nextBoolean()) {
          fields.put("movements", Fields.list(Fields.element(unique(client))));
        }
        break;
      default:
        fields.put(
            random.nextBoolean() ? "email" : "notes",
            FieldValue.of(pick(random.nextBoolean() ? EMAILS : TEXTS)));
    }
    if (!fields.isEmpty()) {
      client.update(key, fields, server.clock.instant());
    }
  }

  private void visitEdit(
      ReplicaClient client, Map<String, FieldValue> view, Map<String, FieldValue> fields) {
    int what = random.nextInt(4);
    if (what == 0) {
      fields.put("notes", FieldValue.of(pick(TEXTS)));
    } else if (what == 1) {
      fields.put("time_entries", Fields.list(Fields.element(unique(client), "minutes", 15)));
    } else if (what == 2) {
      fields.put(
          "assigned_technician_id", FieldValue.of("tech-" + "abc".charAt(random.nextInt(3))));
    } else {
      String status = ((FieldValue.TextValue) view.get("status")).value();
      List<String> next = new ArrayList<>(VISIT_STATUS.transitions().get(status));
      if (!next.isEmpty()) {
        next.sort(null);
        fields.put("status", FieldValue.of(pick(next)));
      }
    }
  }

  private void create(ReplicaClient client) {
    String name = unique(client);
    if (random.nextBoolean()) {
      RecordKey key = TestIds.key("stock_movement", name);
      client.create(
          key,
          Fields.of("van_id", "van-2", "product_id", name, "quantity", 1 + random.nextInt(5)),
          server.clock.instant());
    } else {
      client.create(
          TestIds.key("contact", name),
          Fields.of("account_id", "acct-1", "last_name", "Lee", "email", pick(EMAILS)),
          server.clock.instant());
    }
  }

  private void serverEdit() {
    List<StoredRecord> live = new ArrayList<>();
    server.store.allRecords().stream().filter(r -> !r.state().deleted()).forEach(live::add);
    if (live.isEmpty()) {
      return;
    }
    RecordKey key = live.get(random.nextInt(live.size())).key();
    if (random.nextInt(20) == 0) {
      server.engine.server().delete(key);
      return;
    }
    switch (key.entityType()) {
      case "visit":
        List<String> states = new ArrayList<>(VISIT_STATUS.states());
        states.sort(null);
        server
            .engine
            .server()
            .update(
                key,
                random.nextBoolean()
                    ? Fields.of("status", pick(states))
                    : Fields.of(
                        "assigned_technician_id",
                        "tech-" + "abc".charAt(random.nextInt(3)),
                        "notes",
                        pick(TEXTS)));
        break;
      case "contact":
        server.engine.server().update(key, Fields.of("email", pick(EMAILS)));
        break;
      default:
        server.engine.server().update(key, Fields.of("unit", pick(TEXTS)));
    }
  }

  private void scopeChange() {
    List<StoredRecord> live = new ArrayList<>();
    server.store.allRecords().stream().filter(r -> !r.state().deleted()).forEach(live::add);
    if (live.isEmpty()) {
      return;
    }
    RecordKey key = live.get(random.nextInt(live.size())).key();
    if (random.nextBoolean()) {
      server.engine.server().grant("team-2", key, List.of());
    } else {
      server.engine.server().evict(random.nextBoolean() ? "team-2" : "team-1", List.of(key));
    }
  }

  private String unique(ReplicaClient client) {
    return client.deviceId + "-" + counter++;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  Optional<StoredRecord> record(RecordKey key) {
    return server.store.inTransaction(tx -> tx.record(key));
  }
}
