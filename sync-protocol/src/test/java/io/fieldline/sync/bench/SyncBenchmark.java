package io.fieldline.sync.bench;

import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.engine.Caller;
import io.fieldline.sync.engine.JsonEndpoint;
import io.fieldline.sync.merge.BaseValues;
import io.fieldline.sync.merge.EntityPolicy;
import io.fieldline.sync.merge.FieldlinePolicies;
import io.fieldline.sync.merge.MergeEngine;
import io.fieldline.sync.merge.MergeOutcome;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.model.StoredRecord;
import io.fieldline.sync.model.Writers;
import io.fieldline.sync.testing.Fields;
import io.fieldline.sync.testing.MutationBuilder;
import io.fieldline.sync.testing.RecordBuilder;
import io.fieldline.sync.testing.TestIds;
import io.fieldline.sync.testing.TestServer;
import io.fieldline.sync.wire.Change;
import io.fieldline.sync.wire.Cursor;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.PullPage;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.json.SyncJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The micro-benchmark: merge-engine throughput, end-to-end push throughput over the in-memory
 * store, and JSON encode/decode rates of 10,000-change pull pages. Run with {@code ./mvnw -B -q -pl
 * sync-protocol -Pbench test-compile exec:java}.
 */
public final class SyncBenchmark {

  private static final int PAGE = 10_000;

  private SyncBenchmark() {}

  public static void main(String[] args) {
    System.out.printf(
        "sync-protocol benchmark: Java %s, %d cores%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    mergeEngine();
    push();
    json();
  }

  /** Pure merges: updates of visits (notes, time entries, status) and van stock deltas. */
  static void mergeEngine() {
    EntityPolicy visit = FieldlinePolicies.registry().find("visit").orElseThrow();
    StoredRecord current =
        RecordBuilder.aVisit()
            .field("notes", "dispatcher", 3, Writers.SERVER)
            .field(
                "time_entries",
                Fields.list(Fields.element("te-0", "minutes", 30)),
                4,
                Writers.device("dev-b"))
            .field("status", "EN_ROUTE", 5, Writers.SERVER)
            .build();
    SplittableRandom random = new SplittableRandom(1);
    List<Mutation> mutations = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      Map<String, FieldValue> fields = new HashMap<>();
      switch (i % 4) {
        case 0:
          fields.put("notes", FieldValue.of("note " + random.nextInt(1000)));
          break;
        case 1:
          fields.put("time_entries", Fields.list(Fields.element("te-" + i, "minutes", 15)));
          break;
        case 2:
          fields.put("status", FieldValue.of(random.nextBoolean() ? "ON_SITE" : "COMPLETED"));
          break;
        default:
          fields.put("assigned_technician_id", FieldValue.of("tech-b"));
          fields.put("notes", FieldValue.of("x"));
      }
      mutations.add(MutationBuilder.anUpdate(current.key(), 2, fields).sequence(i + 1).build());
    }
    Harness.measure(
        "merge engine (visit updates, 4 kinds)",
        "mutations",
        mutations.size(),
        3,
        10,
        () -> {
          long held = 0;
          for (Mutation m : mutations) {
            MergeOutcome outcome =
                MergeEngine.merge(
                    visit, Optional.of(current), m, "device:dev-a", BaseValues.UNKNOWN);
            held +=
                outcome instanceof MergeOutcome.Accept
                    ? ((MergeOutcome.Accept) outcome).held().size()
                    : 1;
          }
          return held;
        });
  }

  /** Batches of 100 mutations through the engine and the JSON endpoint into the in-memory store. */
  static void push() {
    int batches = 50;
    Harness.measure(
        "push via engine + in-memory store",
        "mutations",
        batches * 100L,
        2,
        5,
        () -> pushRun(batches, false));
    Harness.measure(
        "push via JSON endpoint + in-memory store",
        "mutations",
        batches * 100L,
        2,
        5,
        () -> pushRun(batches, true));
  }

  private static long pushRun(int batches, boolean json) {
    TestServer server = TestServer.create();
    List<RecordKey> visits = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      visits.add(server.seedVisit("visit-" + i));
    }
    JsonEndpoint endpoint = new JsonEndpoint(server.engine);
    long sequence = 1;
    long applied = 0;
    for (int b = 0; b < batches; b++) {
      List<Mutation> batch = new ArrayList<>();
      for (int i = 0; i < 100; i++, sequence++) {
        RecordKey key = visits.get((int) (sequence % visits.size()));
        batch.add(
            MutationBuilder.anUpdate(key, 1, Fields.of("notes", "n" + sequence))
                .sequence(sequence)
                .build());
      }
      PushRequest request = PushRequest.of(ProtocolVersion.CURRENT, "dev-a", batch);
      if (json) {
        applied += endpoint.push(new Caller("tech-a"), SyncJson.encode(request)).body().length;
      } else {
        applied += server.push("dev-a", batch.toArray(new Mutation[0])).results().size();
      }
    }
    return applied;
  }

  /** Encoding and decoding of a 10,000-change page of realistic visit upserts. */
  static void json() {
    List<Change> changes = new ArrayList<>(PAGE);
    for (int i = 0; i < PAGE; i++) {
      changes.add(new Change.Upsert(visitState(i)));
    }
    PullPage page =
        new PullPage(
            ProtocolVersion.CURRENT, changes, new Cursor("djF8cHwxMjM0"), true, Optional.empty());
    byte[] encoded = SyncJson.encode(page);
    System.out.printf(
        "page of %,d changes = %,d bytes of JSON (%,d bytes per change)%n",
        PAGE, encoded.length, encoded.length / PAGE);
    double encodePages =
        Harness.measure(
            "encode 10,000-change page", "pages", 1, 5, 15, () -> SyncJson.encode(page).length);
    double decodePages =
        Harness.measure(
            "decode 10,000-change page",
            "pages",
            1,
            5,
            15,
            () -> {
              PullResponse decoded = SyncJson.decodePullResponse(encoded);
              return ((PullPage) decoded).changes().size();
            });
    System.out.printf(
        "=> encode %,.0f changes/s, decode %,.0f changes/s%n",
        encodePages * PAGE, decodePages * PAGE);
  }

  private static RecordState visitState(int i) {
    Map<String, FieldValue> fields =
        Fields.of(
            "account_id",
            TestIds.uuid("account-" + (i % 300)).toString(),
            "site_id",
            TestIds.uuid("site-" + (i % 500)).toString(),
            "assigned_technician_id",
            "tech-" + (i % 40),
            "scheduled_start",
            "2026-03-02T09:00:00Z",
            "scheduled_end",
            "2026-03-02T10:30:00Z",
            "status",
            "SCHEDULED",
            "notes",
            "Customer reports low pressure in the boiler, bring filter kit " + i);
    fields.put("time_entries", Fields.list(Fields.element("te-" + i, "minutes", 45)));
    Map<String, Long> versions = new HashMap<>();
    fields.keySet().forEach(f -> versions.put(f, 1L));
    versions.put("notes", 3L);
    return new RecordState(TestIds.key("visit", "bench-" + i), 3, false, fields, versions);
  }
}
