package io.fieldline.backend.sync.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.sync.SyncWorld;
import io.fieldline.backend.support.sync.TestDevice;
import io.fieldline.backend.tenancy.TenantTx;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.wire.Change;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The outbox-gap bug (R31): a transaction that wrote first but commits after later transactions
 * were pulled is still delivered by the next pull. Here the late transaction is a back-office write
 * held open while another write commits and the device pulls.
 */
@QuarkusTest
class CursorGapTest {

  @Inject DataSource dataSource;
  @Inject DevTokenVerifier tokens;

  @Test
  void r31_aChangeCommittedAfterALaterOneWasPulledIsStillDelivered() throws Exception {
    SyncWorld world = SyncWorld.create(dataSource);
    UUID early = world.account("Early", world.t1);
    UUID late = world.account("Late", world.t1);
    TestDevice phone = TestDevice.register(tokens.issue(world.tenant, world.rep1));
    phone.pull();

    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    CompletableFuture<Void> slow =
        CompletableFuture.runAsync(
            () -> {
              try {
                TenantTx.jdbc(
                    dataSource,
                    world.tenant,
                    Connection.TRANSACTION_READ_COMMITTED,
                    c -> {
                      try (PreparedStatement p =
                          c.prepareStatement("update account set name = 'Late 2' where id = ?")) {
                        p.setObject(1, late);
                        p.executeUpdate();
                      }
                      written.countDown();
                      awaitRelease(commit);
                      return null;
                    });
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    assertThat(written.await(20, TimeUnit.SECONDS)).isTrue();
    world.sql("update account set name = 'Early 2' where id = ?", early);

    List<Change> first = phone.pull();
    commit.countDown();
    slow.get(20, TimeUnit.SECONDS);
    List<Change> second = phone.pull();

    assertThat(first).extracting(c -> key(c)).containsExactly(new RecordKey("account", early));
    assertThat(second).extracting(c -> key(c)).containsExactly(new RecordKey("account", late));
    assertThat(phone.get(new RecordKey("account", late)).value("name"))
        .isEqualTo(FieldValue.of("Late 2"));
  }

  private static void awaitRelease(CountDownLatch commit) {
    try {
      if (!commit.await(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException("never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static RecordKey key(Change change) {
    return ((Change.Upsert) change).record().key();
  }
}
