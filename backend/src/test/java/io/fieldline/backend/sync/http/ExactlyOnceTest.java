package io.fieldline.backend.sync.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.sync.SyncDb;
import io.fieldline.backend.support.sync.SyncWorld;
import io.fieldline.backend.support.sync.TestDevice;
import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.wire.AppliedResult;
import io.fieldline.sync.wire.BatchEnd;
import io.fieldline.sync.wire.DuplicateResult;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.PushResult;
import io.fieldline.sync.wire.RejectedResult;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exactly once per (device, sequence) over HTTP (R6-R9): a push whose response was lost is resent
 * and answered from the stored results, applying nothing twice.
 */
@QuarkusTest
class ExactlyOnceTest {

  @Inject DataSource dataSource;
  @Inject DevTokenVerifier tokens;

  private SyncWorld world;
  private SyncDb db;
  private UUID account;
  private TestDevice phone;

  @BeforeEach
  void repWithAnAccount() {
    world = SyncWorld.create(dataSource);
    db = new SyncDb(dataSource, world.tenant);
    account = world.account("Acme", world.t1);
    phone = TestDevice.register(tokens.issue(world.tenant, world.rep1));
    phone.pull();
  }

  @Test
  void r7_aResentBatchAfterALostResponseAppliesNothingTwice() {
    Mutation create = phone.create("contact", contactFields("Lee"));
    Mutation edit =
        new Mutation(
            2,
            "contact",
            create.recordId(),
            io.fieldline.sync.wire.Operation.UPDATE,
            1,
            Map.of("notes", FieldValue.of("Prefers mornings")),
            create.deviceTime());

    PushResult first = phone.push(create, edit);
    // the response never reached the phone: it resends the same outbox
    PushResult resent = phone.push(create, edit);

    assertThat(first.results())
        .containsExactly(new AppliedResult(1, 1, Set.of()), new AppliedResult(2, 2, Set.of()));
    assertThat(resent.results())
        .containsExactly(
            new DuplicateResult(1, first.results().get(0)),
            new DuplicateResult(2, first.results().get(1)));
    assertThat(resent.end()).isInstanceOf(BatchEnd.Complete.class);
    assertThat(db.count("select count(*) from contact where id = ?", create.recordId())).isOne();
    assertThat(db.count("select version from contact where id = ?", create.recordId()))
        .isEqualTo(2);
    assertThat(db.count("select version from sync_record where record_id = ?", create.recordId()))
        .isEqualTo(2);
    assertThat(
            db.count("select count(*) from sync_mutation where device_id = ?", phone.id.toString()))
        .isEqualTo(2);
  }

  @Test
  void r8_aReusedSequenceWithAnotherBodyIsRefusedAndChangesNothing() {
    Mutation create = phone.create("contact", contactFields("Lee"));
    phone.push(create);
    Mutation impostor =
        new Mutation(
            1,
            "contact",
            UUID.randomUUID(),
            io.fieldline.sync.wire.Operation.CREATE,
            0,
            contactFields("Other"),
            create.deviceTime());

    PushResult result = phone.push(impostor);

    assertThat(result.results().get(0))
        .isInstanceOfSatisfying(
            RejectedResult.class,
            r -> assertThat(r.code()).isEqualTo(SyncErrorCode.SEQUENCE_REUSED));
    assertThat(db.count("select count(*) from contact where id = ?", impostor.recordId())).isZero();
  }

  @Test
  void r9_aGapStopsTheBatchWithTheExpectedSequenceAndAppliesNothing() {
    Mutation skipped = phone.create("contact", contactFields("Skipped"));
    Mutation second = phone.create("contact", contactFields("Second"));

    PushResult result = phone.push(second);

    assertThat(result.results()).isEmpty();
    assertThat(result.end()).isEqualTo(new BatchEnd.OutOfOrder(2, skipped.sequence()));
    assertThat(db.count("select count(*) from contact where account_id = ?", account)).isZero();
  }

  private Map<String, FieldValue> contactFields(String lastName) {
    return Map.of(
        "account_id", FieldValue.of(account.toString()),
        "first_name", FieldValue.of("Ann"),
        "last_name", FieldValue.of(lastName));
  }
}
