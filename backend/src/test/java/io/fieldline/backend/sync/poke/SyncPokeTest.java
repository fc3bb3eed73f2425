package io.fieldline.backend.sync.poke;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.sync.PokeSocket;
import io.fieldline.backend.support.sync.SyncWorld;
import io.fieldline.backend.support.sync.TestDevice;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Online devices hold {@code subscription { syncPoke }} over a real WebSocket and are poked when
 * their own scope changes (PostgreSQL NOTIFY at commit), never for another scope or tenant.
 */
@QuarkusTest
class SyncPokeTest {

  @Inject DataSource dataSource;
  @Inject DevTokenVerifier tokens;
  @Inject SyncPokes pokes;

  @TestHTTPResource("/graphql")
  URI graphql;

  @Test
  void aCommitInTheScopePokesItsDevicesOnlyAndTheyFindTheChangeWhenTheyPull() throws Exception {
    SyncWorld world = SyncWorld.create(dataSource);
    SyncWorld other = SyncWorld.create(dataSource);
    TestDevice rep1 = TestDevice.register(tokens.issue(world.tenant, world.rep1));
    TestDevice rep2 = TestDevice.register(tokens.issue(world.tenant, world.rep2));
    TestDevice stranger = TestDevice.register(tokens.issue(other.tenant, other.rep1));
    rep1.pull();
    rep2.pull();
    stranger.pull();
    int before = pokes.subscriptions();
    try (PokeSocket s1 = PokeSocket.subscribe(graphql, rep1.token);
        PokeSocket s2 = PokeSocket.subscribe(graphql, rep2.token);
        PokeSocket s3 = PokeSocket.subscribe(graphql, stranger.token)) {
      awaitSubscriptions(before + 3);

      long committed = System.nanoTime();
      world.account("Acme", world.t1);

      PokeSocket.Message poke = s1.next(5_000);
      assertThat(poke).isNotNull();
      assertThat(poke.type()).isEqualTo("next");
      assertThat(poke.json().at("/payload/data/syncPoke/position").asText()).matches("\\d+");
      assertThat((poke.arrivedNanos() - committed) / 1_000_000).isLessThan(2_000);
      assertThat(rep1.pull()).hasSize(1);
      assertThat(s2.next(300)).isNull();
      assertThat(s3.next(1)).isNull();

      other.account("Elsewhere", other.t2);
      assertThat(s3.next(300)).isNull();
      other.account("Theirs", other.t1);
      assertThat(s3.next(5_000).type()).isEqualTo("next");
      assertThat(s1.next(1)).isNull();
    }
  }

  @Test
  void aSubscriptionWithoutATokenIsRefused() throws Exception {
    int before = pokes.subscriptions();
    try (PokeSocket anonymous = PokeSocket.subscribe(graphql, null)) {
      PokeSocket.Message answer = anonymous.next(5_000);
      assertThat(answer).isNotNull();
      assertThat(answer.type()).isIn("error", "closed");
      if (answer.type().equals("error")) {
        assertThat(answer.json().toString()).contains("UNAUTHENTICATED");
      }
      assertThat(pokes.subscriptions()).isEqualTo(before);
    }
  }

  private void awaitSubscriptions(int count) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 5_000;
    while (pokes.subscriptions() < count && System.currentTimeMillis() < deadline) {
      Thread.sleep(10);
    }
    assertThat(pokes.subscriptions()).isGreaterThanOrEqualTo(count);
  }
}
