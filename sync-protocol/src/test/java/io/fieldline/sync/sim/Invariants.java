package io.fieldline.sync.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.sync.merge.FieldlinePolicies;
import io.fieldline.sync.merge.MergePolicy;
import io.fieldline.sync.model.ConflictRecord;
import io.fieldline.sync.model.FieldConflict;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.store.ScopePage;
import io.fieldline.sync.store.StoredMutation;
import io.fieldline.sync.wire.AppliedResult;
import io.fieldline.sync.wire.ConflictHeldResult;
import io.fieldline.sync.wire.MergedResult;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.MutationResult;
import io.fieldline.sync.wire.Operation;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What must hold once every replica has pushed and pulled (R7, R29, R33, R41). */
final class Invariants {

  private final Simulation sim;

  Invariants(Simulation sim) {
    this.sim = sim;
  }

  void check() {
    Map<RecordKey, BigDecimal> deltas = new HashMap<>();
    for (ReplicaClient client : sim.clients.values()) {
      everyMutationHasExactlyOneRecordedResult(client);
      client.created.values().forEach(m -> nothingSilentlyLost(client, m, deltas));
      replicaEqualsServer(client);
    }
    countersCountEveryAcceptedDeltaOnce(deltas);
  }

  private void everyMutationHasExactlyOneRecordedResult(ReplicaClient client) {
    assertThat(client.outbox).as("%s outbox", client.deviceId).isEmpty();
    assertThat(client.settled.keySet()).isEqualTo(client.created.keySet());
    long last = sim.server.lastSequence(client.deviceId);
    assertThat(last).as("%s last sequence", client.deviceId).isEqualTo(client.created.size());
    for (long seq = 1; seq <= last; seq++) {
      StoredMutation stored = sim.server.stored(client.deviceId, seq);
      assertThat(client.settled.get(seq))
          .as("%s#%s", client.deviceId, seq)
          .isEqualTo(stored.result());
    }
  }

  private void replicaEqualsServer(ReplicaClient client) {
    String scope =
        sim.server.store.inTransaction(tx -> tx.device(client.deviceId)).orElseThrow().scopeId();
    Map<RecordKey, RecordState> expected = new TreeMap<>();
    sim.server.store.inTransaction(
        tx -> {
          Optional<RecordKey> after = Optional.empty();
          ScopePage page;
          do {
            page = tx.scopeRecords(scope, after, 100);
            for (RecordState r : page.records()) {
              expected.put(r.key(), r);
              after = Optional.of(r.key());
            }
          } while (page.hasMore());
          return null;
        });
    assertThat(client.copy.records()).as("%s replica", client.deviceId).isEqualTo(expected);
    for (RecordKey key : client.visibleKeys()) {
      assertThat(client.view(key)).hasValue(expected.get(key).fields());
    }
  }

  private void nothingSilentlyLost(
      ReplicaClient client, Mutation m, Map<RecordKey, BigDecimal> deltas) {
    MutationResult result = client.settled.get(m.sequence());
    String where = client.deviceId + "#" + m.sequence() + " " + m;
    long version;
    Map<String, FieldValue> overridden = Map.of();
    Map<String, FieldConflict> held = new HashMap<>();
    if (result instanceof AppliedResult) {
      version = ((AppliedResult) result).version();
    } else if (result instanceof MergedResult) {
      version = ((MergedResult) result).version();
      overridden = ((MergedResult) result).overridden();
    } else if (result instanceof ConflictHeldResult) {
      ConflictHeldResult h = (ConflictHeldResult) result;
      version = h.version();
      overridden = h.overridden();
      ConflictRecord conflict =
          sim.server
              .engine
              .conflicts()
              .find(h.conflictId())
              .orElseThrow(() -> new AssertionError("lost conflict " + where));
      conflict.fields().forEach(f -> held.put(f.field(), f));
    } else {
      return;
    }
    RecordState at =
        sim.server.store.inTransaction(tx -> tx.recordVersion(m.key(), version)).orElseThrow();
    if (m.operation() == Operation.DELETE) {
      assertThat(at.deleted() || held.containsKey(FieldConflict.DELETED)).as(where).isTrue();
      return;
    }
    for (Map.Entry<String, FieldValue> e : m.fields().entrySet()) {
      String field = e.getKey();
      FieldValue sent = e.getValue();
      MergePolicy policy =
          FieldlinePolicies.registry()
              .find(m.entityType())
              .orElseThrow()
              .field(field)
              .orElseThrow()
              .policy();
      if (held.containsKey(field)) {
        assertThat(held.get(field).mine()).as(where).isEqualTo(sent);
      } else if (overridden.containsKey(field)) {
        assertThat(policy).as(where).isEqualTo(MergePolicy.SERVER_WINS);
      } else if (policy == MergePolicy.COUNTER_DELTA) {
        deltas.merge(m.key(), ((FieldValue.NumberValue) sent).value(), BigDecimal::add);
      } else if (policy == MergePolicy.APPEND_ONLY) {
        assertThat(((FieldValue.ListValue) at.value(field)).items())
            .as(where)
            .containsAll(((FieldValue.ListValue) sent).items());
      } else {
        assertThat(at.value(field)).as(where + " field " + field).isEqualTo(sent);
      }
    }
  }

  private void countersCountEveryAcceptedDeltaOnce(Map<RecordKey, BigDecimal> deltas) {
    Map<RecordKey, BigDecimal> expected = new HashMap<>();
    sim.initialQuantity.forEach((k, v) -> expected.put(k, BigDecimal.valueOf(v)));
    deltas.forEach((k, d) -> expected.merge(k, d, BigDecimal::add));
    expected.forEach(
        (key, quantity) ->
            assertThat(sim.record(key).orElseThrow().state().value("quantity"))
                .as("quantity of %s", key)
                .isEqualTo(FieldValue.of(quantity)));
  }
}
