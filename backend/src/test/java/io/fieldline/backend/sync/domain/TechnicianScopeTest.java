package io.fieldline.backend.sync.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.Gql;
import io.fieldline.backend.support.sync.FieldWorld;
import io.fieldline.backend.support.sync.SyncWorld;
import io.fieldline.backend.support.sync.TestDevice;
import io.fieldline.backend.sync.service.SyncWindowJob;
import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.wire.Change;
import io.fieldline.sync.wire.ConflictHeldResult;
import io.fieldline.sync.wire.MutationResult;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The technician scope rule over HTTP: a visit reassigned by the desk leaves one technician's
 * devices (with what it carried) and reaches the other's with its account, site and work order
 * alongside; the sliding window evicts visits that grew old; a status the desk changed while the
 * phone was offline ends as the state machine says, held and visible over GraphQL.
 */
@QuarkusTest
class TechnicianScopeTest {

  @Inject DataSource dataSource;
  @Inject DevTokenVerifier tokens;
  @Inject SyncWindowJob window;

  private FieldWorld field;
  private TestDevice tech1;
  private TestDevice tech2;
  private RecordKey visit;
  private RecordKey account;
  private RecordKey site;
  private RecordKey workOrder;

  @BeforeEach
  void twoTechniciansAndAVisitOfTheFirst() {
    field = FieldWorld.create(SyncWorld.create(dataSource));
    tech1 = TestDevice.register(tokens.issue(field.world.tenant, field.world.tech));
    tech2 = TestDevice.register(tokens.issue(field.world.tenant, field.tech2));
    tech1.pull();
    tech2.pull();
    visit = new RecordKey("visit", field.visit);
    account = new RecordKey("account", field.account);
    site = new RecordKey("site", field.site);
    workOrder = new RecordKey("work_order", field.workOrder);
  }

  @Test
  void aReassignedVisitIsEvictedFromOneTechnicianAndGrantedWithItsRecordsToTheOther() {
    assertThat(tech2.holds(visit) || tech2.holds(account)).isFalse();

    field.world.sql(
        "update visit set assignee_user_id = ?, version = version + 1 where id = ?",
        field.tech2,
        field.visit);

    List<Change> toTech1 = tech1.pull();
    List<Change> toTech2 = tech2.pull();
    assertThat(toTech1)
        .contains(
            new Change.Evict(visit),
            new Change.Evict(workOrder),
            new Change.Evict(account),
            new Change.Evict(site));
    assertThat(tech1.holds(visit) || tech1.holds(account) || tech1.holds(workOrder)).isFalse();
    Change.Grant grant =
        toTech2.stream()
            .filter(c -> c instanceof Change.Grant g && g.record().key().equals(visit))
            .map(Change.Grant.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(grant.related())
        .extracting(r -> r.key())
        .contains(
            account,
            site,
            workOrder,
            new RecordKey("contact", field.contact),
            new RecordKey("checklist_template", field.template),
            new RecordKey("checklist_item", field.item));
    assertThat(tech2.get(visit).value("assigned_technician_id"))
        .isEqualTo(FieldValue.of(field.tech2.toString()));
  }

  @Test
  void theSlidingWindowEvictsAVisitThatGrewOldAndKeepsTheOthers() throws Exception {
    UUID old =
        field.visit(field.workOrder(), field.world.tech, Instant.now().minus(6, ChronoUnit.DAYS));
    tech1.pull();
    assertThat(tech1.holds(new RecordKey("visit", old))).isTrue();

    window.slide(field.world.tenant, Instant.now().plus(2, ChronoUnit.DAYS));

    List<Change> changes = tech1.pull();
    assertThat(changes).contains(new Change.Evict(new RecordKey("visit", old)));
    assertThat(tech1.holds(new RecordKey("visit", old))).isFalse();
    assertThat(tech1.holds(visit) && tech1.holds(account)).isTrue();
  }

  @Test
  void aVisitCancelledByTheDeskWhileThePhoneStartedTravelIsHeldAndShownOverGraphql() {
    field.world.sql(
        "update visit set status = 'CANCELLED', status_reason = 'Customer away',"
            + " version = version + 1 where id = ?",
        field.visit);

    MutationResult result =
        tech1
            .push(tech1.update(visit, Map.of("status", FieldValue.of("TRAVELING"))))
            .results()
            .get(0);

    assertThat(result)
        .isInstanceOfSatisfying(
            ConflictHeldResult.class,
            held ->
                assertThat(held.held().get(0).reason())
                    .isEqualTo(SyncErrorCode.ILLEGAL_TRANSITION));
    tech1.pull();
    assertThat(tech1.get(visit).value("status")).isEqualTo(FieldValue.of("CANCELLED"));
    Gql.post(tokens.issue(field.world.tenant, field.world.tech), "sync/conflicts")
        .body("errors", nullValue())
        .body("data.syncConflicts", hasSize(1))
        .body("data.syncConflicts[0].entityType", equalTo("visit"))
        .body("data.syncConflicts[0].fields[0].field", equalTo("status"))
        .body("data.syncConflicts[0].fields[0].mine", equalTo("\"TRAVELING\""))
        .body("data.syncConflicts[0].fields[0].theirs", equalTo("\"CANCELLED\""));
    Gql.post(tokens.issue(field.world.tenant, field.world.manager), "sync/conflicts")
        .body("data.syncConflicts", hasSize(1));
  }
}
