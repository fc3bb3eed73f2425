package io.fieldline.backend.sync.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.sync.FieldWorld;
import io.fieldline.backend.support.sync.OfflineFieldWork;
import io.fieldline.backend.support.sync.ReferencePhone;
import io.fieldline.backend.support.sync.SyncDb;
import io.fieldline.backend.support.sync.SyncWorld;
import io.fieldline.contract.sim.DeviceSimulator;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The device simulator's committed scripts ({@code mobile-contract/sim/}) run unchanged against the
 * service, as a rep's and a technician's phone of a fresh tenant: every command succeeds and every
 * expectation holds, and what they recorded offline is on the server once.
 */
@QuarkusTest
class SimulatorScriptsTest {

  private static final Path SCRIPTS = Path.of("..", "mobile-contract", "sim");

  @Inject DataSource dataSource;
  @Inject DevTokenVerifier tokens;

  @TestHTTPResource("/")
  URI base;

  private FieldWorld field;
  private SyncDb db;

  @BeforeEach
  void aFieldWorldWithPrices() {
    field = FieldWorld.create(SyncWorld.create(dataSource));
    OfflineFieldWork.standardPrices(field.world);
    db = new SyncDb(dataSource, field.world.tenant);
  }

  private int run(String script, String token, StringBuilder transcript) throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Path phone = ReferencePhone.temporaryFile("sim-phone", ".db");
    Files.delete(phone);
    int failures;
    try (Reader in = Files.newBufferedReader(SCRIPTS.resolve(script))) {
      failures =
          DeviceSimulator.run(
              base,
              token,
              phone.toString(),
              in,
              new PrintStream(printed, true, StandardCharsets.UTF_8),
              7);
    }
    transcript.append(printed.toString(StandardCharsets.UTF_8));
    System.out.println(transcript);
    return failures;
  }

  @Test
  void theRepScriptRecordsACustomerQuoteAndOrderOfflineAndSyncsThem() throws Exception {
    StringBuilder transcript = new StringBuilder();

    int failures =
        run("rep-offline.txt", tokens.issue(field.world.tenant, field.world.rep1), transcript);

    assertThat(failures).as(transcript.toString()).isZero();
    assertThat(transcript).contains("script done").doesNotContain("FAILED");
    assertThat(db.count("select count(*) from account where name = 'Corner Bakery'")).isOne();
    assertThat(db.count("select count(*) from contact where role = 'Owner'")).isOne();
    assertThat(db.count("select count(*) from quote where number ~ '^Q-[0-9]{6}$'")).isOne();
    assertThat(db.count("select count(*) from quote_line")).isEqualTo(2);
    assertThat(db.count("select count(*) from sales_order where number ~ '^SO-[0-9]{6}$'")).isOne();
    assertThat(db.count("select count(*) from order_line")).isOne();
  }

  @Test
  void theTechnicianScriptCompletesAVisitOfflineAndSyncsIt() throws Exception {
    StringBuilder transcript = new StringBuilder();

    int failures =
        run("technician-day.txt", tokens.issue(field.world.tenant, field.world.tech), transcript);

    assertThat(failures).as(transcript.toString()).isZero();
    assertThat(
            db.count(
                "select count(*) from visit where id = ? and status = 'COMPLETED'", field.visit))
        .isOne();
    assertThat(db.count("select count(*) from visit_transition where visit_id = ?", field.visit))
        .isEqualTo(3);
    for (String table :
        new String[] {
          "visit_report", "checklist_answer", "time_entry", "report_attachment", "report_signature"
        }) {
      assertThat(db.count("select count(*) from " + table)).as(table).isOne();
    }
    assertThat(
            db.count("select sum(quantity) from stock_movement where location_id = ?", field.van1))
        .isEqualTo(4);
  }
}
