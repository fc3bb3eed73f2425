package io.fieldline.backend.sync.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.sync.FieldWorld;
import io.fieldline.backend.support.sync.SyncDb;
import io.fieldline.backend.support.sync.SyncHttp;
import io.fieldline.backend.support.sync.SyncWorld;
import io.fieldline.backend.support.sync.TestDevice;
import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.wire.AppliedResult;
import io.fieldline.sync.wire.DuplicateResult;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.MutationResult;
import io.fieldline.sync.wire.PushResult;
import io.fieldline.sync.wire.RejectedResult;
import io.fieldline.sync.wire.json.SyncJson;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A technician's phone works a visit offline and syncs it: status steps through the visit state
 * machine (with their transitions and work-order moves), report, checklist answer, time entry, part
 * used (van stock checked), photo metadata and signature; a second device of the technician
 * receives all of it; a resent batch applies nothing twice.
 */
@QuarkusTest
class TechnicianSyncTest {

  private static final String SHA = "a".repeat(64);

  @Inject DataSource dataSource;
  @Inject DevTokenVerifier tokens;

  private FieldWorld field;
  private SyncDb db;
  private TestDevice phone;
  private TestDevice tablet;
  private RecordKey visit;

  @BeforeEach
  void aDispatchedVisitOnTwoDevicesOfItsTechnician() {
    field = FieldWorld.create(SyncWorld.create(dataSource));
    db = new SyncDb(dataSource, field.world.tenant);
    String token = tokens.issue(field.world.tenant, field.world.tech);
    phone = TestDevice.register(token);
    tablet = TestDevice.register(token);
    phone.pull();
    tablet.pull();
    visit = new RecordKey("visit", field.visit);
  }

  @Test
  void theTechniciansDeviceHoldsTheVisitAndWhatItNeeds() {
    assertThat(phone.holds(visit)).isTrue();
    assertThat(phone.holds(new RecordKey("work_order", field.workOrder))).isTrue();
    assertThat(phone.holds(new RecordKey("account", field.account))).isTrue();
    assertThat(phone.holds(new RecordKey("site", field.site))).isTrue();
    assertThat(phone.holds(new RecordKey("contact", field.contact))).isTrue();
    assertThat(phone.holds(new RecordKey("checklist_template", field.template))).isTrue();
    assertThat(phone.holds(new RecordKey("checklist_item", field.item))).isTrue();
    assertThat(phone.holds(new RecordKey("product", field.world.product))).isTrue();
    assertThat(phone.records().keySet())
        .filteredOn(k -> k.entityType().equals("stock_movement"))
        .hasSize(1);
  }

  @Test
  void aVisitCompletedOfflineWithReportPartsAndSignatureReachesTheSecondDevice() {
    List<Mutation> batch = completionBatch();

    PushResult result = phone.push(batch.toArray(Mutation[]::new));

    assertThat(result.results()).allMatch(r -> r instanceof AppliedResult, result.toString());
    assertThat(
            db.count(
                "select count(*) from visit where id = ? and status = 'COMPLETED'", field.visit))
        .isOne();
    assertThat(db.count("select count(*) from visit_transition where visit_id = ?", field.visit))
        .isEqualTo(3);
    assertThat(
            db.count(
                "select count(*) from work_order where id = ? and status = 'COMPLETED'"
                    + " and completed_at is not null",
                field.workOrder))
        .isOne();
    assertThat(
            db.count("select sum(quantity) from stock_movement where location_id = ?", field.van1))
        .isEqualTo(3);

    tablet.pull();
    assertThat(tablet.get(visit).value("status")).isEqualTo(FieldValue.of("COMPLETED"));
    assertThat(tablet.get(new RecordKey("work_order", field.workOrder)).value("status"))
        .isEqualTo(FieldValue.of("COMPLETED"));
    for (Mutation m : batch) {
      assertThat(tablet.holds(new RecordKey(m.entityType(), m.recordId())))
          .as(m.entityType())
          .isTrue();
    }
  }

  @Test
  void aLostPushResponseThenAResendAppliesNothingTwice() {
    List<Mutation> batch = completionBatch();
    SyncHttp.Reply lost = phone.pushRaw(batch);
    assertThat(lost.status()).isEqualTo(200);

    PushResult resent = (PushResult) SyncJson.decodePushResponse(phone.pushRaw(batch).bytes());

    assertThat(resent.results()).allMatch(r -> r instanceof DuplicateResult);
    assertThat(db.count("select count(*) from visit_transition where visit_id = ?", field.visit))
        .isEqualTo(3);
    assertThat(db.count("select count(*) from stock_movement where location_id = ?", field.van1))
        .isEqualTo(2);
    assertThat(db.count("select count(*) from time_entry")).isOne();
    assertThat(db.count("select count(*) from report_signature")).isOne();
  }

  @Test
  void partsBeyondTheVansStockAreRejectedAndNothingIsWritten() {
    Mutation report = phone.create("visit_report", Map.of("visit_id", text(field.visit)));
    Mutation part =
        phone.create(
            "stock_movement",
            Map.of(
                "location_id", text(field.van1),
                "product_id", text(field.world.product),
                "kind", FieldValue.of("USED_ON_VISIT"),
                "quantity", FieldValue.of(new BigDecimal("-6")),
                "visit_id", text(field.visit),
                "actor_user_id", text(field.world.tech)));

    List<MutationResult> results = phone.push(report, part).results();

    assertThat(results.get(1))
        .isInstanceOfSatisfying(
            RejectedResult.class,
            r -> {
              assertThat(r.code()).isEqualTo(SyncErrorCode.VALIDATION_FAILED);
              assertThat(r.message()).contains("quantity_in_stock");
            });
    assertThat(
            db.count("select sum(quantity) from stock_movement where location_id = ?", field.van1))
        .isEqualTo(5);
  }

  @Test
  void aSecondRunningTimeEntryIsRejected() {
    Mutation report = phone.create("visit_report", Map.of("visit_id", text(field.visit)));
    Map<String, FieldValue> running =
        Map.of(
            "report_id", FieldValue.of(report.recordId().toString()),
            "kind", FieldValue.of("WORK"),
            "started_at", FieldValue.of(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));

    List<MutationResult> results =
        phone
            .push(report, phone.create("time_entry", running), phone.create("time_entry", running))
            .results();

    assertThat(results.get(1)).isInstanceOf(AppliedResult.class);
    assertThat(results.get(2))
        .isInstanceOfSatisfying(
            RejectedResult.class, r -> assertThat(r.message()).contains("one_running_entry"));
    assertThat(db.count("select count(*) from time_entry where stopped_at is null")).isOne();
  }

  @Test
  void anIllegalStatusStepIsHeldNotApplied() {
    MutationResult result =
        phone
            .push(phone.update(visit, Map.of("status", FieldValue.of("COMPLETED"))))
            .results()
            .get(0);

    assertThat(result.kind().name()).isEqualTo("CONFLICT_HELD");
    assertThat(
            db.count(
                "select count(*) from visit where id = ? and status = 'DISPATCHED'", field.visit))
        .isOne();
  }

  private List<Mutation> completionBatch() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<Mutation> batch = new ArrayList<>();
    batch.add(phone.update(visit, Map.of("status", FieldValue.of("TRAVELING"))));
    batch.add(phone.update(visit, Map.of("status", FieldValue.of("ON_SITE"))));
    Mutation report =
        phone.create(
            "visit_report",
            Map.of(
                "visit_id", text(field.visit),
                "checklist_template_id", text(field.template),
                "notes", FieldValue.of("Replaced the seal")));
    batch.add(report);
    String reportId = report.recordId().toString();
    batch.add(
        phone.create(
            "checklist_answer",
            Map.of(
                "report_id", FieldValue.of(reportId),
                "template_id", text(field.template),
                "item_code", FieldValue.of("pressure_ok"),
                "value", FieldValue.of("YES"),
                "answered_at", FieldValue.of(now.toString()),
                "answered_by", text(field.world.tech))));
    batch.add(
        phone.create(
            "time_entry",
            Map.of(
                "report_id", FieldValue.of(reportId),
                "kind", FieldValue.of("WORK"),
                "started_at", FieldValue.of(now.minus(40, ChronoUnit.MINUTES).toString()),
                "stopped_at", FieldValue.of(now.toString()))));
    batch.add(
        phone.create(
            "stock_movement",
            Map.of(
                "location_id", text(field.van1),
                "product_id", text(field.world.product),
                "kind", FieldValue.of("USED_ON_VISIT"),
                "quantity", FieldValue.of(new BigDecimal("-2")),
                "visit_id", text(field.visit),
                "actor_user_id", text(field.world.tech))));
    batch.add(
        phone.create(
            "report_attachment",
            Map.of(
                "report_id", FieldValue.of(reportId),
                "kind", FieldValue.of("PHOTO"),
                "storage_ref", FieldValue.of("sha256/" + SHA),
                "content_sha256", FieldValue.of(SHA),
                "size_bytes", FieldValue.of(20480),
                "media_type", FieldValue.of("image/jpeg"),
                "created_by", text(field.world.tech))));
    batch.add(
        phone.create(
            "report_signature",
            Map.of(
                "report_id", FieldValue.of(reportId),
                "signer_name", FieldValue.of("Pat Customer"),
                "signed_at", FieldValue.of(now.toString()),
                "image_ref", FieldValue.of("sha256/" + "b".repeat(64)),
                "image_sha256", FieldValue.of("b".repeat(64)),
                "report_sha256", FieldValue.of("c".repeat(64)),
                "recorded_by", text(field.world.tech))));
    batch.add(phone.update(visit, Map.of("status", FieldValue.of("COMPLETED"))));
    return batch;
  }

  private static FieldValue text(java.util.UUID id) {
    return FieldValue.of(id.toString());
  }
}
