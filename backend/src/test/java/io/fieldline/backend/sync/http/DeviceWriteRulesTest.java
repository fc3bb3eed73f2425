package io.fieldline.backend.sync.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.sync.SyncDb;
import io.fieldline.backend.support.sync.SyncWorld;
import io.fieldline.backend.support.sync.TestDevice;
import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.wire.AppliedResult;
import io.fieldline.sync.wire.MutationResult;
import io.fieldline.sync.wire.PushResult;
import io.fieldline.sync.wire.RejectedResult;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Server-side validation of devices' writes to domain tables (R11, R15, R16): each case starts from
 * a valid create, breaks one thing, is recorded as a permanent rejection (the queue moves on) and
 * writes nothing.
 */
@QuarkusTest
class DeviceWriteRulesTest {

  @Inject DataSource dataSource;
  @Inject DevTokenVerifier tokens;

  private SyncWorld world;
  private SyncDb db;
  private UUID account;
  private TestDevice phone;

  @BeforeEach
  void aRepsPhone() {
    world = SyncWorld.create(dataSource);
    db = new SyncDb(dataSource, world.tenant);
    account = world.account("Acme", world.t1);
    phone = TestDevice.register(tokens.issue(world.tenant, world.rep1));
    phone.pull();
  }

  @Test
  void aValidContactIsWrittenToTheContactTable() {
    assertThat(push(validContact())).isInstanceOf(AppliedResult.class);
    assertThat(db.count("select count(*) from contact where account_id = ?", account)).isOne();
  }

  @Test
  void r15_aColumnConstraintIsAValidationFailure() {
    Map<String, FieldValue> fields = validContact();
    fields.put("email", FieldValue.of("not-an-email"));

    assertRejected(push(fields), SyncErrorCode.VALIDATION_FAILED, "email_format");
  }

  @Test
  void r15_aMissingNotNullColumnIsAValidationFailure() {
    Map<String, FieldValue> fields = validContact();
    fields.remove("first_name");

    assertRejected(push(fields), SyncErrorCode.VALIDATION_FAILED, "first_name_required");
  }

  @Test
  void r16_aContactOfAnAccountOutsideTheScopeIsRefused() {
    UUID foreign = world.account("Not mine", world.t2);
    Map<String, FieldValue> fields = validContact();
    fields.put("account_id", FieldValue.of(foreign.toString()));

    assertRejected(push(fields), SyncErrorCode.VALIDATION_FAILED, "account_id_in_scope");
  }

  @Test
  void r15_anAccountInSomeoneElsesTerritoryIsRefused() {
    MutationResult result =
        phone
            .push(
                phone.create(
                    "account",
                    Map.of(
                        "name", FieldValue.of("Elsewhere Ltd"),
                        "territory_id", FieldValue.of(world.t2.toString()))))
            .results()
            .get(0);

    assertRejected(result, SyncErrorCode.VALIDATION_FAILED, "territory_id_yours");
  }

  @Test
  void r15_devicesCannotWriteTheCatalogOrDeleteAccounts() {
    PushResult result =
        phone.push(
            phone.create("product", Map.of("sku", FieldValue.of("X"), "name", FieldValue.of("X"))),
            phone.delete(new RecordKey("account", account), 1));

    assertRejected(result.results().get(0), SyncErrorCode.INVALID_PAYLOAD, "devices may not");
    assertRejected(result.results().get(1), SyncErrorCode.INVALID_PAYLOAD, "devices may not");
    assertThat(db.count("select count(*) from account where id = ?", account)).isOne();
    assertThat(db.count("select count(*) from product where sku = 'X'")).isZero();
  }

  @Test
  void r11_aRejectedMutationDoesNotBlockTheNextOne() {
    Map<String, FieldValue> bad = validContact();
    bad.put("email", FieldValue.of("nope"));

    PushResult result =
        phone.push(phone.create("contact", bad), phone.create("contact", validContact()));

    assertThat(result.results().get(0)).isInstanceOf(RejectedResult.class);
    assertThat(result.results().get(1)).isInstanceOf(AppliedResult.class);
    assertThat(db.count("select count(*) from contact where account_id = ?", account)).isOne();
  }

  private MutationResult push(Map<String, FieldValue> fields) {
    return phone.push(phone.create("contact", fields)).results().get(0);
  }

  private Map<String, FieldValue> validContact() {
    Map<String, FieldValue> fields = new HashMap<>();
    fields.put("account_id", FieldValue.of(account.toString()));
    fields.put("first_name", FieldValue.of("Ann"));
    fields.put("last_name", FieldValue.of("Lee"));
    fields.put("email", FieldValue.of("ann@acme.example"));
    return fields;
  }

  private void assertRejected(MutationResult result, SyncErrorCode code, String message) {
    assertThat(result)
        .isInstanceOfSatisfying(
            RejectedResult.class,
            r -> {
              assertThat(r.code()).isEqualTo(code);
              assertThat(r.message()).contains(message);
            });
    assertThat(db.count("select count(*) from contact where account_id = ?", account)).isZero();
  }
}
