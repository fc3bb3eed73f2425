package io.fieldline.sync.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.sync.testing.Props;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random concurrent offline edits from three devices and the back office, random batch splits,
 * lost, duplicated, reordered and stale deliveries; after every device pushes and pulls: replicas
 * equal the server, every mutation took effect exactly once or has a recorded result saying why
 * not, and no device-owned change is silently lost. Seeded and bounded.
 */
class SyncPropertiesTest {

  private static final int TRIES = 60;
  private static final int STEPS = 120;

  @Test
  void r29_r41_replicasConvergeAndEveryMutationIsAccountedForExactlyOnce() {
    int[] faults = new int[4];
    int[] outcomes = new int[2];
    Props.check(
        29_041L,
        TRIES,
        SplittableRandom::split,
        random -> {
          Simulation sim = new Simulation(random);
          sim.run(STEPS);
          new Invariants(sim).check();
          faults[0] += sim.network.lostResponses;
          faults[1] += sim.network.duplicatedDeliveries;
          faults[2] += sim.network.reorderedDeliveries;
          faults[3] += sim.network.staleDeliveries;
          outcomes[0] += countConflicts(sim);
          outcomes[1] += sim.clients.values().stream().mapToInt(c -> c.archive.size()).sum();
        });
    assertThat(Arrays.stream(faults).boxed())
        .as("lost, duplicated, reordered, stale deliveries")
        .allMatch(n -> n > 20);
    assertThat(Arrays.stream(outcomes).boxed())
        .as("held conflicts, archived rejections")
        .allMatch(n -> n > 5);
  }

  private static int countConflicts(Simulation sim) {
    return sim.server.store.allConflicts().size();
  }
}
