package io.fieldline.backend.sync.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.Gql;
import io.fieldline.backend.support.sync.SyncDb;
import io.fieldline.backend.support.sync.SyncWorld;
import io.fieldline.backend.support.sync.TestDevice;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.wire.ConflictHeldResult;
import io.fieldline.sync.wire.MergedResult;
import io.fieldline.sync.wire.MutationResult;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A concurrent edit of the same field on the server and on a device ends as the field's policy says
 * (R20, R25); a held conflict is visible over GraphQL to the device's user and the territory's
 * manager (not to another rep) and its resolution reaches every device (R28).
 */
@QuarkusTest
class SyncConflictApiTest {

  @Inject DataSource dataSource;
  @Inject DevTokenVerifier tokens;

  private SyncWorld world;
  private RecordKey contact;
  private RecordKey account;
  private TestDevice phone;
  private TestDevice tablet;

  @BeforeEach
  void aContactOnTwoDevices() {
    world = SyncWorld.create(dataSource);
    UUID accountId = world.account("Acme", world.t1);
    account = new RecordKey("account", accountId);
    contact = new RecordKey("contact", world.contact(accountId, "Lee"));
    phone = TestDevice.register(tokens.issue(world.tenant, world.rep1));
    tablet = TestDevice.register(tokens.issue(world.tenant, world.rep1));
    phone.pull();
    tablet.pull();
  }

  @Test
  void r20_aServerOwnedFieldChangedOnBothSidesKeepsTheServersValueAndTellsTheDevice() {
    world.sql("update account set name = 'Acme (server)' where id = ?", account.id());

    MutationResult result =
        phone
            .push(phone.update(account, Map.of("name", FieldValue.of("Acme (phone)"))))
            .results()
            .get(0);

    assertThat(result)
        .isInstanceOfSatisfying(
            MergedResult.class,
            m -> assertThat(m.overridden()).containsEntry("name", FieldValue.of("Acme (server)")));
    assertThat(
            new SyncDb(dataSource, world.tenant)
                .count("select count(*) from account where name = 'Acme (server)'"))
        .isOne();
  }

  @Test
  void r25_aSharedFieldIsHeldAndAPersonResolvesItOverGraphql() {
    world.sql("update contact set email = 'office@acme.example' where id = ?", contact.id());
    MutationResult result =
        phone
            .push(phone.update(contact, Map.of("email", FieldValue.of("lee@acme.example"))))
            .results()
            .get(0);
    assertThat(result).isInstanceOf(ConflictHeldResult.class);
    String conflictId = ((ConflictHeldResult) result).conflictId().toString();

    Gql.post(tokens.issue(world.tenant, world.rep1), "sync/conflicts")
        .body("errors", nullValue())
        .body("data.syncConflicts", hasSize(1))
        .body("data.syncConflicts[0].id", equalTo(conflictId))
        .body("data.syncConflicts[0].raisedBy", equalTo(world.rep1.toString()))
        .body("data.syncConflicts[0].fields[0].field", equalTo("email"))
        .body("data.syncConflicts[0].fields[0].mine", equalTo("\"lee@acme.example\""))
        .body("data.syncConflicts[0].fields[0].theirs", equalTo("\"office@acme.example\""));
    Gql.post(tokens.issue(world.tenant, world.rep2), "sync/conflicts")
        .body("data.syncConflicts", hasSize(0));

    String manager = tokens.issue(world.tenant, world.manager);
    Gql.post(
            manager,
            "sync/resolve-conflict",
            Map.of(
                "id",
                conflictId,
                "choices",
                List.of(Map.of("field", "email", "value", "\"lee@acme.example\""))))
        .body("errors", nullValue())
        .body("data.resolveSyncConflict.status", equalTo("RESOLVED"))
        .body("data.resolveSyncConflict.resolvedBy", equalTo(world.manager.toString()));

    tablet.pull();
    assertThat(tablet.get(contact).value("email")).isEqualTo(FieldValue.of("lee@acme.example"));
    assertThat(
            new SyncDb(dataSource, world.tenant)
                .count("select count(*) from contact where email = 'lee@acme.example'"))
        .isOne();
    Gql.post(manager, "sync/conflicts").body("data.syncConflicts", hasSize(0));
  }

  @Test
  void anInvalidChoiceIsRefusedAndChangesNothing() {
    world.sql("update contact set email = 'office@acme.example' where id = ?", contact.id());
    ConflictHeldResult held =
        (ConflictHeldResult)
            phone
                .push(phone.update(contact, Map.of("email", FieldValue.of("lee@acme.example"))))
                .results()
                .get(0);

    Gql.post(
            tokens.issue(world.tenant, world.rep1),
            "sync/resolve-conflict",
            Map.of(
                "id",
                held.conflictId().toString(),
                "choices",
                List.of(Map.of("field", "email", "value", "\"not an email\""))))
        .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].extensions.field", equalTo("choices"));

    Gql.post(tokens.issue(world.tenant, world.rep1), "sync/conflicts")
        .body("data.syncConflicts[0].status", equalTo("OPEN"));
  }
}
