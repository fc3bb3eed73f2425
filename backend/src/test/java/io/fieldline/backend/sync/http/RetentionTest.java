package io.fieldline.backend.sync.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.sync.SyncHttp;
import io.fieldline.backend.support.sync.SyncWorld;
import io.fieldline.backend.support.sync.TestDevice;
import io.fieldline.backend.sync.service.SyncCompactor;
import io.fieldline.backend.sync.service.SyncEngines;
import io.fieldline.backend.sync.store.DomainSink;
import io.fieldline.backend.sync.store.PgSyncStore;
import io.fieldline.sync.engine.EngineConfig;
import io.fieldline.sync.wire.ResyncRequired;
import io.fieldline.sync.wire.json.SyncJson;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The retention horizon (R39): at least 90 days; a cursor older than it must resync. */
@QuarkusTest
class RetentionTest {

  @Inject DataSource dataSource;
  @Inject DevTokenVerifier tokens;
  @Inject SyncEngines engines;
  @Inject SyncCompactor compactor;

  @Test
  void r39_theHorizonIsAtLeastNinetyDays() {
    assertThat(engines.config().retention()).isGreaterThanOrEqualTo(EngineConfig.MIN_RETENTION);
  }

  @Test
  void r39_aCursorOlderThanWhatRetentionRemovedGetsResyncRequired() {
    SyncWorld world = SyncWorld.create(dataSource);
    UUID account = world.account("Acme", world.t1);
    TestDevice phone = TestDevice.register(tokens.issue(world.tenant, world.rep1));
    phone.pull();
    world.sql("update account set name = 'Acme Ltd' where id = ?", account);
    // the device stays offline beyond the horizon; retention has run meanwhile
    new PgSyncStore(dataSource, world.tenant, Clock.systemUTC(), DomainSink.NONE)
        .inTransaction(
            tx -> {
              tx.compactBefore(Instant.now().plus(Duration.ofDays(1)));
              return null;
            });

    SyncHttp.Reply reply = phone.pullRaw(100);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(SyncJson.decodePullResponse(reply.bytes())).isInstanceOf(ResyncRequired.class);
    assertThat(reply.body()).contains("RESYNC_REQUIRED");
  }

  @Test
  void r39_theRetentionJobKeepsHistoryWithinTheHorizon() {
    SyncWorld world = SyncWorld.create(dataSource);
    UUID account = world.account("Acme", world.t1);
    TestDevice phone = TestDevice.register(tokens.issue(world.tenant, world.rep1));
    phone.pull();
    world.sql("update account set name = 'Acme Ltd' where id = ?", account);

    assertThat(compactor.compactAll()).isGreaterThanOrEqualTo(2);

    assertThat(phone.pull()).hasSize(1);
  }
}
