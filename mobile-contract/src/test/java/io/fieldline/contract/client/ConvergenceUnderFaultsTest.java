package io.fieldline.contract.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.testing.Fields;
import io.fieldline.sync.testing.TestIds;
import io.fieldline.sync.testing.TestServer;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Two phones of one scope write offline (creates, counter deltas, notes) and sync through networks
 * that lose 20% of responses after commit, deliver 10% of requests twice and cut 5% of connections,
 * over several seeds. Afterwards every write is applied exactly once and both phones hold exactly
 * the server's state.
 */
class ConvergenceUnderFaultsTest {

  @Test
  void everyWriteLandsOnceAndBothPhonesConvergeWithTheServer() throws Exception {
    for (long seed = 1; seed <= 5; seed++) {
      run(seed);
    }
  }

  private void run(long seed) throws Exception {
    TestServer server = TestServer.create();
    RecordKey shared =
        server.seed(
            TestIds.key("stock_movement", "shared"),
            Fields.of("van_id", "van-1", "product_id", "p", "quantity", 100),
            TestServer.TEAM_1);
    FaultyTransport.Faults faults = new FaultyTransport.Faults(0.2, 0.1, 0.05, 0);
    Phones phones = new Phones();
    FaultyTransport netA =
        new FaultyTransport(new EngineTransport(server.engine, "tech-a"), faults, seed);
    FaultyTransport netB =
        new FaultyTransport(new EngineTransport(server.engine, "tech-b"), faults, seed + 100);
    SyncClient a = phones.phone("dev-a", netA);
    SyncClient b = phones.phone("dev-b", netB);
    Random random = new Random(seed);
    Set<RecordKey> created = new HashSet<>();
    int delta = 0;
    for (int round = 0; round < 6; round++) {
      for (SyncClient phone : new SyncClient[] {a, b}) {
        for (int i = 0; i < 1 + random.nextInt(4); i++) {
          created.add(
              phone.create(
                  "stock_movement",
                  Fields.of("van_id", "van-" + round, "product_id", "p", "quantity", i)));
        }
        int d = random.nextInt(5) - 2;
        if (d != 0 && phone.serverCopy(shared).isPresent()) {
          phone.update(shared, Fields.of("quantity", d));
          delta += d;
        }
        phone.sync(); // may end offline; what is left waits for the next round
      }
    }
    netA.faults(FaultyTransport.Faults.NONE);
    netB.faults(FaultyTransport.Faults.NONE);
    assertThat(a.sync().complete()).isTrue();
    assertThat(b.sync().complete()).isTrue();
    assertThat(a.sync().complete()).isTrue();

    assertThat(netA.counts().dropped() + netB.counts().dropped()).isPositive();
    assertThat(server.record(shared).state().value("quantity"))
        .as("seed %d: every delta counted once", seed)
        .isEqualTo(FieldValue.of(100 + delta));
    Map<RecordKey, RecordState> onServer = new TreeMap<>();
    for (RecordKey key : created) {
      onServer.put(key, server.record(key).state());
    }
    onServer.put(shared, server.record(shared).state());
    assertThat(a.serverCopy()).as("seed %d: phone a", seed).isEqualTo(onServer);
    assertThat(b.serverCopy()).as("seed %d: phone b", seed).isEqualTo(onServer);
    assertThat(a.rejected()).isEmpty();
    assertThat(b.rejected()).isEmpty();
  }
}
