package io.fieldline.backend.harness;

import java.util.ArrayList;
import java.util.List;

/**
 * The invariant check's counts (all must be 0 except applied) and the first problems it saw.
 *
 * @param applied mutations with a stored result that changed a record
 * @param processed mutations with a stored result
 * @param duplicated record versions no stored result accounts for, or a version claimed twice
 * @param lost mutations a device queued that the server has no result for, or results lost
 * @param diverged devices whose copy differs from the server's view of their scope, results that
 *     differ between device and server, sequence ledgers with gaps
 * @param stuck mutations still in an outbox at the end
 * @param orphanConflicts held-conflict results without a conflict record
 * @param crossTenant rows whose tenant differs from the tenant of the device or record they name
 * @param problems the first problems, for the report
 */
public record Verdict(
    long applied,
    long processed,
    long duplicated,
    long lost,
    long diverged,
    long stuck,
    long orphanConflicts,
    long crossTenant,
    List<String> problems) {

  public boolean ok() {
    return duplicated == 0
        && lost == 0
        && diverged == 0
        && stuck == 0
        && orphanConflicts == 0
        && crossTenant == 0;
  }

  @Override
  public String toString() {
    return String.format(
        "applied=%d processed=%d duplicated=%d lost=%d diverged=%d stuck=%d"
            + " orphanConflicts=%d crossTenant=%d%s",
        applied,
        processed,
        duplicated,
        lost,
        diverged,
        stuck,
        orphanConflicts,
        crossTenant,
        problems.isEmpty() ? "" : " problems=" + problems);
  }

  /** Accumulates counts while checking. */
  static final class Builder {
    long applied;
    long processed;
    long duplicated;
    long lost;
    long diverged;
    long stuck;
    long orphanConflicts;
    long crossTenant;
    final List<String> problems = new ArrayList<>();

    void problem(String text) {
      if (problems.size() < 10) {
        problems.add(text);
      }
    }

    Verdict build() {
      return new Verdict(
          applied,
          processed,
          duplicated,
          lost,
          diverged,
          stuck,
          orphanConflicts,
          crossTenant,
          List.copyOf(problems));
    }
  }
}
