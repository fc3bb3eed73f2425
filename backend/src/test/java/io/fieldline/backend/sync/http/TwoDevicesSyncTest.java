package io.fieldline.backend.sync.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.sync.SyncWorld;
import io.fieldline.backend.support.sync.TestDevice;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.wire.AppliedResult;
import io.fieldline.sync.wire.BatchEnd;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.PushResult;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two devices over HTTP against the real database: what one pushes, the other pulls; back-office
 * writes reach both; another rep's device sees none of it.
 */
@QuarkusTest
class TwoDevicesSyncTest {

  @Inject DataSource dataSource;
  @Inject DevTokenVerifier tokens;

  private SyncWorld world;
  private UUID account;
  private TestDevice phone;
  private TestDevice tablet;
  private TestDevice otherRep;

  @BeforeEach
  void twoDevicesOfRep1() {
    world = SyncWorld.create(dataSource);
    account = world.account("Acme", world.t1);
    world.site(account, "HQ");
    phone = TestDevice.register(tokens.issue(world.tenant, world.rep1));
    tablet = TestDevice.register(tokens.issue(world.tenant, world.rep1));
    otherRep = TestDevice.register(tokens.issue(world.tenant, world.rep2));
  }

  @Test
  void initialSyncDeliversTheRepsAccountsWithTheirSitesAndTheCatalog() {
    phone.pull();
    otherRep.pull();

    assertThat(phone.records().keySet())
        .extracting(RecordKey::entityType)
        .containsExactlyInAnyOrder("account", "product", "site");
    assertThat(otherRep.records().keySet())
        .containsExactly(new RecordKey("product", world.product));
  }

  @Test
  void aContactCreatedOfflineOnOneDeviceReachesTheOtherWithItsDeviceChosenId() {
    phone.pull();
    tablet.pull();
    Mutation create =
        phone.create(
            "contact",
            Map.of(
                "account_id", FieldValue.of(account.toString()),
                "first_name", FieldValue.of("Ann"),
                "last_name", FieldValue.of("Lee")));

    PushResult result = phone.push(create);

    assertThat(result.end()).isInstanceOf(BatchEnd.Complete.class);
    assertThat(result.results()).containsExactly(new AppliedResult(1, 1, java.util.Set.of()));
    tablet.pull();
    RecordKey contact = create.key();
    assertThat(tablet.get(contact).value("last_name")).isEqualTo(FieldValue.of("Lee"));
    otherRep.pull();
    assertThat(otherRep.holds(contact)).isFalse();
  }

  @Test
  void anEditOnOneDeviceAndABackOfficeEditBothReachBothDevices() {
    UUID contactId = world.contact(account, "Lee");
    RecordKey contact = new RecordKey("contact", contactId);
    phone.pull();
    tablet.pull();

    PushResult result =
        tablet.push(tablet.update(contact, Map.of("notes", FieldValue.of("Gate 3"))));
    world.sql("update account set name = 'Acme Ltd' where id = ?", account);

    assertThat(result.results().get(0)).isInstanceOf(AppliedResult.class);
    phone.pull();
    assertThat(phone.get(contact).value("notes")).isEqualTo(FieldValue.of("Gate 3"));
    assertThat(phone.get(new RecordKey("account", account)).value("name"))
        .isEqualTo(FieldValue.of("Acme Ltd"));
    tablet.pull();
    assertThat(tablet.records()).isEqualTo(phone.records());
  }
}
