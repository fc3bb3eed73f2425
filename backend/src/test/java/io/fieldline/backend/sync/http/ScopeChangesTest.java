package io.fieldline.backend.sync.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.sync.SyncWorld;
import io.fieldline.backend.support.sync.TestDevice;
import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.wire.Change;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.PushResult;
import io.fieldline.sync.wire.RejectedResult;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scopes are computed on the server from roles and territories, and membership changes travel in
 * the same ordered stream as grants and evictions (R37, R38).
 */
@QuarkusTest
class ScopeChangesTest {

  @Inject DataSource dataSource;
  @Inject DevTokenVerifier tokens;

  private SyncWorld world;
  private RecordKey account;
  private RecordKey contact;
  private RecordKey site;
  private TestDevice rep1;
  private TestDevice rep2;

  @BeforeEach
  void anAccountOfRep1WithAContactAndASite() {
    world = SyncWorld.create(dataSource);
    UUID id = world.account("Acme", world.t1);
    account = new RecordKey("account", id);
    contact = new RecordKey("contact", world.contact(id, "Lee"));
    site = new RecordKey("site", world.site(id, "HQ"));
    rep1 = TestDevice.register(tokens.issue(world.tenant, world.rep1));
    rep2 = TestDevice.register(tokens.issue(world.tenant, world.rep2));
    rep1.pull();
    rep2.pull();
  }

  @Test
  void r37_anAccountMovedToAnotherTerritoryIsEvictedFromOneRepAndGrantedToTheOther() {
    world.sql("update account set territory_id = ? where id = ?", world.t2, account.id());

    List<Change> toRep1 = rep1.pull();
    List<Change> toRep2 = rep2.pull();

    assertThat(toRep1)
        .containsExactlyInAnyOrder(
            new Change.Evict(account), new Change.Evict(contact), new Change.Evict(site));
    assertThat(rep1.holds(account) || rep1.holds(contact) || rep1.holds(site)).isFalse();
    assertThat(toRep2).hasSize(1);
    Change.Grant grant = (Change.Grant) toRep2.get(0);
    assertThat(grant.record().key()).isEqualTo(account);
    assertThat(grant.record().value("territory_id")).isEqualTo(FieldValue.of(world.t2.toString()));
    assertThat(grant.related()).extracting(r -> r.key()).containsExactly(contact, site);
    assertThat(rep2.holds(contact) && rep2.holds(site)).isTrue();
  }

  @Test
  void r37_aUserGivenAnotherTerritoryIsGrantedItsAccountsAndLosesThemWhenItIsTakenAway() {
    world.sql(
        "insert into user_territory (tenant_id, user_id, territory_id) values (?, ?, ?)",
        world.tenant,
        world.rep2,
        world.t1);
    rep2.pull();
    assertThat(rep2.holds(account) && rep2.holds(contact) && rep2.holds(site)).isTrue();

    world.sql(
        "delete from user_territory where user_id = ? and territory_id = ?", world.rep2, world.t1);

    assertThat(rep2.pull()).contains(new Change.Evict(account), new Change.Evict(contact));
    assertThat(rep2.holds(account)).isFalse();
    assertThat(rep1.pull()).isEmpty();
  }

  @Test
  void r38_anEditOfAnEvictedRecordIsRejectedAsNotFoundAndNothingIsWritten() {
    Mutation offlineEdit = rep1.update(contact, Map.of("notes", FieldValue.of("call back")));
    world.sql("update account set territory_id = ? where id = ?", world.t2, account.id());
    rep1.pull();

    PushResult result = rep1.push(offlineEdit);

    assertThat(result.results().get(0))
        .isInstanceOfSatisfying(
            RejectedResult.class,
            r -> assertThat(r.code()).isEqualTo(SyncErrorCode.NOT_FOUND_OR_FORBIDDEN));
    rep2.pull();
    assertThat(rep2.get(contact).value("notes")).isEqualTo(FieldValue.NULL);
  }
}
