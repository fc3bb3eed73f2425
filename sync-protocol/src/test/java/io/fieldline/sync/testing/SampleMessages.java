package io.fieldline.sync.testing;

import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.wire.AppliedResult;
import io.fieldline.sync.wire.BatchEnd;
import io.fieldline.sync.wire.Change;
import io.fieldline.sync.wire.ConflictHeldResult;
import io.fieldline.sync.wire.Cursor;
import io.fieldline.sync.wire.DuplicateResult;
import io.fieldline.sync.wire.HeldField;
import io.fieldline.sync.wire.MergedResult;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.Notice;
import io.fieldline.sync.wire.PullPage;
import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import io.fieldline.sync.wire.PushResult;
import io.fieldline.sync.wire.Refusal;
import io.fieldline.sync.wire.RejectedResult;
import io.fieldline.sync.wire.ResyncRequired;
import io.fieldline.sync.wire.ScopeChecksum;
import io.fieldline.sync.wire.json.SyncJson;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One canonical sample of every wire message variant; the golden files pin their JSON. Changing a
 * sample or the codec changes a golden file, which requires a protocol version bump.
 */
public final class SampleMessages {

  /** A named sample with its encoder and decoder. */
  public record Sample(String name, Object message, Function<byte[], Object> decode) {
    /** The sample's JSON. */
    public byte[] encode() {
      if (message instanceof PushRequest) {
        return SyncJson.encode((PushRequest) message);
      }
      if (message instanceof PullRequest) {
        return SyncJson.encode((PullRequest) message);
      }
      if (message instanceof PushResponse) {
        return SyncJson.encode((PushResponse) message);
      }
      return SyncJson.encode((PullResponse) message);
    }
  }

  private static final int V = ProtocolVersion.CURRENT;
  private static final RecordKey VISIT = TestIds.key("visit", "visit-1");
  private static final RecordKey STOCK = TestIds.key("stock_movement", "van-7/filter-11");
  private static final RecordKey ACCOUNT = TestIds.key("account", "acme");

  private SampleMessages() {}

  /** Every sample, by golden file name (without ".json"). */
  public static Map<String, Sample> all() {
    Map<String, Sample> samples = new LinkedHashMap<>();
    add(samples, "push-request", pushRequest(), SyncJson::decodePushRequest);
    add(samples, "push-result-complete", pushComplete(), SyncJson::decodePushResponse);
    add(
        samples,
        "push-result-out-of-order",
        new PushResult(
            V, List.of(new AppliedResult(4, 9, Set.of())), new BatchEnd.OutOfOrder(7, 5)),
        SyncJson::decodePushResponse);
    add(
        samples,
        "push-result-retry-later",
        new PushResult(
            V,
            List.of(),
            new BatchEnd.RetryLater(5, 1000, "temporary server failure; resend from sequence 5")),
        SyncJson::decodePushResponse);
    add(
        samples,
        "pull-request",
        new PullRequest(V, "dev-a", new Cursor("djF8cHwxMnw1ZjBlYTFkYjE3MjY"), 500),
        SyncJson::decodePullRequest);
    add(samples, "pull-page-more", pullMore(), SyncJson::decodePullResponse);
    add(samples, "pull-page-checkpoint", pullCheckpoint(), SyncJson::decodePullResponse);
    add(
        samples,
        "resync-required",
        new ResyncRequired(V, "the cursor is older than the retention horizon; resync"),
        SyncJson::decodePullResponse);
    add(
        samples,
        "refused-unsupported-version",
        new Refusal.UnsupportedVersion(3, List.of(1), "protocol version 3 is not supported"),
        SyncJson::decodePushResponse);
    add(
        samples,
        "refused-batch-too-large",
        new Refusal.BatchTooLarge(500, 1048576, "600 mutations exceed the limits"),
        SyncJson::decodePushResponse);
    add(
        samples,
        "refused-unauthorized-device",
        new Refusal.UnauthorizedDevice("device dev-x is not registered to the caller"),
        SyncJson::decodePushResponse);
    add(
        samples,
        "refused-invalid-request",
        new Refusal.InvalidRequest(
            "mutations[0].sequence: expected an integer but was string \"1\""),
        SyncJson::decodePushResponse);
    add(
        samples,
        "refused-retryable",
        new Refusal.Retryable(2000, "the server is busy; retry later"),
        SyncJson::decodePullResponse);
    return samples;
  }

  private static void add(
      Map<String, Sample> samples, String name, Object message, Function<byte[], Object> decode) {
    samples.put(name, new Sample(name, message, decode));
  }

  static PushRequest pushRequest() {
    Mutation create =
        new Mutation(
            41,
            "visit_report",
            TestIds.uuid("report-1"),
            io.fieldline.sync.wire.Operation.CREATE,
            0,
            Fields.of(
                "visit_id",
                VISIT.id().toString(),
                "status",
                "DRAFT",
                "summary",
                "Replaced filter, pressure back to 2.1 bar",
                "photos",
                List.of(Fields.photo("filter"))),
            TestServer.T0);
    Mutation update =
        new Mutation(
            42,
            "stock_movement",
            STOCK.id(),
            io.fieldline.sync.wire.Operation.UPDATE,
            3,
            Map.of(
                "quantity",
                FieldValue.of(new BigDecimal("-1.5")),
                "movements",
                Fields.list(
                    Fields.element(
                        "mv-42",
                        "delta",
                        new BigDecimal("-1.5"),
                        "reason",
                        "oil top-up, visit-1"))),
            TestServer.T0.plusSeconds(60));
    Mutation delete =
        new Mutation(
            43,
            "activity",
            TestIds.uuid("call-7"),
            io.fieldline.sync.wire.Operation.DELETE,
            2,
            Map.of(),
            TestServer.T0.plusSeconds(120));
    return PushRequest.of(V, "dev-a", List.of(create, update, delete));
  }

  static PushResult pushComplete() {
    return new PushResult(
        V,
        List.of(
            new AppliedResult(41, 1, Set.of()),
            new MergedResult(
                42,
                5,
                Fields.of("assigned_technician_id", "tech-b"),
                Set.of(Notice.DEVICE_CLOCK_SKEW)),
            new ConflictHeldResult(
                43,
                6,
                TestIds.uuid("conflict-43"),
                List.of(
                    new HeldField("status", SyncErrorCode.ILLEGAL_TRANSITION),
                    new HeldField("discount_percent", SyncErrorCode.CONFLICT_HELD)),
                Map.of(),
                Set.of()),
            new RejectedResult(
                44,
                SyncErrorCode.NOT_FOUND_OR_FORBIDDEN,
                "record visit/3 not found or not accessible",
                Set.of()),
            new DuplicateResult(40, new AppliedResult(40, 2, Set.of(Notice.RECORD_RESURRECTED)))),
        new BatchEnd.Complete());
  }

  static RecordState visitState() {
    return new RecordState(
        VISIT,
        4,
        false,
        Fields.of("account_id", ACCOUNT.id().toString(), "status", "ON_SITE", "notes", "Gate 3"),
        Map.of("account_id", 1L, "status", 4L, "notes", 3L));
  }

  static PullPage pullMore() {
    RecordState account =
        new RecordState(ACCOUNT, 2, false, Fields.of("name", "Acme GmbH"), Map.of("name", 2L));
    return new PullPage(
        V,
        List.of(
            new Change.Upsert(visitState()),
            new Change.Delete(TestIds.key("activity", "call-7"), 3),
            new Change.Evict(TestIds.key("visit", "visit-0")),
            new Change.Grant(visitState(), List.of(account))),
        new Cursor("djF8cHwxMjl8NWYwZWExZGIxNzI2"),
        true,
        Optional.empty());
  }

  static PullPage pullCheckpoint() {
    return new PullPage(
        V,
        List.of(new Change.Upsert(visitState())),
        new Cursor("djF8cHwxMzB8NWYwZWExZGIxNzI2"),
        false,
        Optional.of(
            new ScopeChecksum(
                2, "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea")));
  }
}
