package io.fieldline.backend.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The fault runs in CI: small sizes, fixed seed, each against the packaged service with its own
 * database; every run must end with zero duplicated, lost, diverged and stuck mutations.
 */
class FaultRunsIT {
  private static final long SEED = 42;

  @Test
  void lostAcknowledgementsAndConcurrentDuplicatesLoseAndDoubleNothing() {
    RunResult r = FaultRuns.lostAcks(SEED, 6, 40);
    assertThat(r.ok()).as(r.toString()).isTrue();
    assertThat(r.verdict().applied()).isEqualTo(6 * 40);
  }

  @Test
  void serviceKilledDuringPushesLosesAndDoublesNothing() {
    RunResult r = FaultRuns.kills(SEED, 4, 60, 3);
    assertThat(r.ok()).as(r.toString()).isTrue();
    assertThat(r.faults()).startsWith("3 SIGKILLs");
  }

  @Test
  void terminatedConnectionsAndDatabaseRestartLoseAndDoubleNothing() {
    RunResult r = DatabaseFaultRun.run(SEED, 4, 40, 8, 1);
    assertThat(r.ok()).as(r.toString()).isTrue();
    assertThat(r.verdict().applied()).isEqualTo(4 * 40);
  }

  @Test
  void reorderedAndSplitBatchesLoseAndDoubleNothing() {
    RunResult r = MoreFaultRuns.reordered(SEED, 4, 40);
    assertThat(r.ok()).as(r.toString()).isTrue();
    assertThat(r.verdict().applied()).isEqualTo(4 * 40);
  }

  @Test
  void weekOfflineDeviceCatchesUpAndAnOlderVersionIsRefusedWithNothingApplied() {
    // the current client: the old release needs the repository's git history (manual run 9)
    RunResult r = MoreFaultRuns.weekOffline(SEED, 300, false);
    assertThat(r.ok()).as(r.toString()).isTrue();
    assertThat(r.verdict().applied()).isEqualTo(300 + 3 * 200);
    assertThat(r.faults()).contains("unsupported_protocol_version");
  }

  @Test
  void threeTenantsOnTwoConnectionsNeverCrossTenants() {
    RunResult r = MoreFaultRuns.threeTenants(SEED, 2, 30);
    assertThat(r.ok()).as(r.toString()).isTrue();
    assertThat(r.verdict().crossTenant()).isZero();
    assertThat(r.verdict().applied()).isEqualTo(3 * 2 * 30);
  }

  @Test
  void flakyLinkWithPartitionsLosesAndDoublesNothing() {
    RunResult r = FaultRuns.flakyLink(SEED, 4, 40, Duration.ofSeconds(20));
    assertThat(r.ok()).as(r.toString()).isTrue();
    assertThat(r.verdict().applied()).isEqualTo(4 * 40);
  }
}
