package io.fieldline.backend.sync.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.sync.SyncWorld;
import io.fieldline.backend.support.sync.TestDevice;
import io.fieldline.backend.tenancy.SingleConnectionProfile;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.wire.AppliedResult;
import io.fieldline.sync.wire.Mutation;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Devices of two tenants syncing concurrently through pools of one connection never see each
 * other's rows: every transaction sets its tenant first, transaction-locally.
 */
@QuarkusTest
@TestProfile(SingleConnectionProfile.class)
class SyncTenantIsolationTest {

  private static final int ROUNDS = 15;

  @Inject DataSource dataSource;
  @Inject DevTokenVerifier tokens;

  @Test
  void concurrentDevicesOfTwoTenantsOnlyEverHoldTheirOwnTenantsRecords() throws Exception {
    SyncWorld a = SyncWorld.create(dataSource);
    SyncWorld b = SyncWorld.create(dataSource);
    Set<RecordKey> ownedByA = accounts(a, 5);
    Set<RecordKey> ownedByB = accounts(b, 5);
    TestDevice phoneA = TestDevice.register(tokens.issue(a.tenant, a.rep1));
    TestDevice phoneB = TestDevice.register(tokens.issue(b.tenant, b.rep1));

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CompletableFuture<Set<RecordKey>> createdByA =
          CompletableFuture.supplyAsync(() -> syncRounds(phoneA, ownedByA), pool);
      CompletableFuture<Set<RecordKey>> createdByB =
          CompletableFuture.supplyAsync(() -> syncRounds(phoneB, ownedByB), pool);
      ownedByA.addAll(createdByA.get(120, TimeUnit.SECONDS));
      ownedByB.addAll(createdByB.get(120, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
    ownedByA.add(new RecordKey("product", a.product));
    ownedByB.add(new RecordKey("product", b.product));

    assertThat(phoneA.records().keySet()).isEqualTo(ownedByA);
    assertThat(phoneB.records().keySet()).isEqualTo(ownedByB);
  }

  /** Each round: create a contact of one of the device's accounts, push, pull. */
  private static Set<RecordKey> syncRounds(TestDevice phone, Set<RecordKey> accounts) {
    Set<RecordKey> created = new HashSet<>();
    UUID account = accounts.iterator().next().id();
    for (int i = 0; i < ROUNDS; i++) {
      Mutation m =
          phone.create(
              "contact",
              Map.of(
                  "account_id", FieldValue.of(account.toString()),
                  "first_name", FieldValue.of("Round"),
                  "last_name", FieldValue.of("R" + i)));
      assertThat(phone.push(m).results().get(0)).isInstanceOf(AppliedResult.class);
      created.add(m.key());
      phone.pull();
      assertThat(accounts).allMatch(phone::holds);
    }
    return created;
  }

  private static Set<RecordKey> accounts(SyncWorld world, int count) {
    Set<RecordKey> keys = new HashSet<>();
    for (int i = 0; i < count; i++) {
      keys.add(new RecordKey("account", world.account("Account " + i, world.t1)));
    }
    return keys;
  }
}
