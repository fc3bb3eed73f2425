package io.fieldline.backend.sync.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.sync.FieldWorld;
import io.fieldline.backend.support.sync.OfflineFieldWork;
import io.fieldline.backend.support.sync.ReferencePhone;
import io.fieldline.backend.support.sync.SyncDb;
import io.fieldline.backend.support.sync.SyncWorld;
import io.fieldline.contract.client.attachments.AttachmentQueue;
import io.fieldline.sync.model.AttachmentRef;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's end-to-end case with mobile-contract's reference client over HTTP: a technician's phone
 * goes offline and records a full visit (status steps, report, checklist answer, time entry, part
 * used, photo metadata, signature), a rep's phone records an account, a contact, a quote with lines
 * and an order with a line and a payment; both reconnect through a network that loses 20% of
 * responses after the server committed and delivers 10% of requests twice. The server ends with
 * every record exactly once (domain and sync tables), every mutation stored and applied once, the
 * quote and order numbered once, and both phones equal to what a fresh device of their user pulls.
 */
@QuarkusTest
class ReferenceClientFieldWorkEndToEndTest {

  @Inject DataSource dataSource;
  @Inject DevTokenVerifier tokens;

  @TestHTTPResource("/")
  URI base;

  @Test
  void aVisitAndASaleRecordedOfflineLandExactlyOnceAndBothPhonesConverge() throws Exception {
    FieldWorld field = FieldWorld.create(SyncWorld.create(dataSource));
    SyncWorld world = field.world;
    UUID priceBook = OfflineFieldWork.standardPrices(world);
    SyncDb db = new SyncDb(dataSource, world.tenant);
    String techToken = tokens.issue(world.tenant, world.tech);
    String repToken = tokens.issue(world.tenant, world.rep1);
    ReferencePhone techPhone = ReferencePhone.open(base, techToken, 31);
    ReferencePhone repPhone = ReferencePhone.open(base, repToken, 32);
    List<ReferencePhone> phones = List.of(techPhone, repPhone);
    for (ReferencePhone p : phones) {
      assertThat(p.client.sync().complete()).as("first sync").isTrue();
    }
    assertThat(techPhone.client.serverCopy()).containsKey(new RecordKey("visit", field.visit));

    phones.forEach(p -> p.network.offline(true));
    Path photo = ReferencePhone.temporaryFile("photo", ".jpg");
    Files.write(photo, "jpeg bytes of the new seal".getBytes());
    AttachmentQueue attachments =
        new AttachmentQueue(
            techPhone.store, Files.createTempDirectory("attachments"), null, 64 * 1024);
    AttachmentRef photoRef = attachments.add(photo, "image/jpeg");
    List<RecordKey> created = new ArrayList<>();
    created.addAll(OfflineFieldWork.completeVisit(techPhone.client, field, photoRef));
    created.addAll(OfflineFieldWork.sale(repPhone.client, world, priceBook));
    for (ReferencePhone p : phones) {
      p.mutations = p.client.outbox().size();
      assertThat(p.client.sync().complete()).as("offline").isFalse();
      assertThat(p.client.outbox()).hasSize(p.mutations);
    }
    assertThat(techPhone.mutations).isEqualTo(10);
    assertThat(repPhone.mutations).isEqualTo(8);

    phones.forEach(p -> p.network.offline(false));
    for (int round = 0; round < 3; round++) {
      for (ReferencePhone p : phones) {
        p.client.sync();
      }
    }

    for (ReferencePhone p : phones) {
      assertThat(p.client.outbox()).as("outbox").isEmpty();
      assertThat(p.client.rejected()).as("rejected").isEmpty();
      assertThat(p.client.conflicts()).as("conflicts").isEmpty();
      String device = p.client.deviceId();
      assertThat(db.count("select count(*) from sync_mutation where device_id = ?", device))
          .as("one stored result per mutation")
          .isEqualTo(p.mutations);
      assertThat(
              db.count(
                  "select count(*) from sync_mutation where device_id = ?"
                      + " and result->'results'->0->>'type' = 'applied'",
                  device))
          .as("every mutation applied")
          .isEqualTo(p.mutations);
    }
    for (RecordKey key : created) {
      assertThat(db.count("select count(*) from " + key.entityType() + " where id = ?", key.id()))
          .as("%s exactly once", key)
          .isOne();
      assertThat(
              db.count(
                  "select count(*) from sync_record where entity_type = ? and record_id = ?"
                      + " and not deleted",
                  key.entityType(),
                  key.id()))
          .as("%s synced once", key)
          .isOne();
    }
    assertVisitAppliedOnce(db, field);
    assertSaleAppliedOnce(db, repPhone, created);
    assertThat(phones.stream().mapToInt(p -> p.network.counts().dropped()).sum())
        .as("responses lost after commit")
        .isPositive();
    assertThat(phones.stream().mapToInt(p -> p.network.counts().duplicated()).sum())
        .as("requests delivered twice")
        .isPositive();

    ReferencePhone freshTech = ReferencePhone.fresh(base, techToken, 41);
    ReferencePhone freshRep = ReferencePhone.fresh(base, repToken, 42);
    assertThat(freshTech.client.sync().complete()).isTrue();
    assertThat(freshRep.client.sync().complete()).isTrue();
    assertThat(techPhone.client.serverCopy()).isEqualTo(freshTech.client.serverCopy());
    assertThat(repPhone.client.serverCopy()).isEqualTo(freshRep.client.serverCopy());
    assertThat(techPhone.client.view(new RecordKey("visit", field.visit)).orElseThrow())
        .containsEntry("status", FieldValue.of("COMPLETED"));
  }

  private static void assertVisitAppliedOnce(SyncDb db, FieldWorld field) {
    assertThat(
            db.count(
                "select count(*) from visit where id = ? and status = 'COMPLETED'", field.visit))
        .isOne();
    assertThat(db.count("select count(*) from visit_transition where visit_id = ?", field.visit))
        .as("TRAVELING, ON_SITE, COMPLETED once each")
        .isEqualTo(3);
    assertThat(
            db.count(
                "select count(*) from work_order where id = ? and status = 'COMPLETED'",
                field.workOrder))
        .isOne();
    assertThat(
            db.count(
                "select count(*) from stock_movement where location_id = ?"
                    + " and kind = 'USED_ON_VISIT'",
                field.van1))
        .isOne();
    assertThat(
            db.count("select sum(quantity) from stock_movement where location_id = ?", field.van1))
        .as("5 in the van, 2 used")
        .isEqualTo(3);
    for (String table :
        List.of(
            "visit_report",
            "checklist_answer",
            "time_entry",
            "report_attachment",
            "report_signature")) {
      assertThat(db.count("select count(*) from " + table)).as(table).isOne();
    }
    assertThat(
            db.count(
                "select count(*) from visit_report where visit_id = ?"
                    + " and notes = 'Replaced the seal; pressure back to 1.5 bar'",
                field.visit))
        .isOne();
  }

  private static void assertSaleAppliedOnce(
      SyncDb db, ReferencePhone repPhone, List<RecordKey> created) {
    RecordKey quote = only(created, "quote");
    RecordKey order = only(created, "sales_order");
    assertThat(db.count("select count(*) from quote where number ~ '^Q-[0-9]{6}$'")).isOne();
    assertThat(db.count("select count(*) from quote_line")).isEqualTo(2);
    assertThat(db.count("select count(*) from order_line")).isOne();
    assertThat(db.count("select count(*) from payment")).isOne();
    assertThat(
            db.count(
                "select count(*) from sales_order where id = ? and number ~ '^SO-[0-9]{6}$'"
                    + " and quote_id = ? and grand_total = 120 and paid_total = 50",
                order.id(), quote.id()))
        .as("order numbered, priced by the server, paid once")
        .isOne();
    assertThat(
            db.count("select count(*) from quote where id = ? and grand_total = 360", quote.id()))
        .isOne();
    assertThat(db.count("select last_value from number_sequence where name = 'QUOTE'"))
        .as("no quote number burnt by a duplicate")
        .isOne();
    assertThat(db.count("select last_value from number_sequence where name = 'ORDER'")).isOne();
    for (RecordKey key : List.of(quote, order)) {
      assertThat(repPhone.client.serverCopy(key).orElseThrow().value("number"))
          .as("%s number on the phone", key)
          .isInstanceOfSatisfying(
              FieldValue.TextValue.class, t -> assertThat(t.value()).matches("(Q|SO)-\\d{6}"));
    }
  }

  private static RecordKey only(List<RecordKey> keys, String type) {
    return keys.stream().filter(k -> k.entityType().equals(type)).findFirst().orElseThrow();
  }
}
