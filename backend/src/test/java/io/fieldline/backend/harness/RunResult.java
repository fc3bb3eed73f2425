package io.fieldline.backend.harness;

/**
 * A fault run's figures.
 *
 * @param run the run's name
 * @param devices devices
 * @param mutations mutations per device
 * @param faults faults injected, described
 * @param verdict the invariant check
 * @param pushLatency push latency percentiles
 * @param recovery recovery times after heals
 * @param seconds wall time of the run
 */
public record RunResult(
    String run,
    int devices,
    int mutations,
    String faults,
    Verdict verdict,
    String pushLatency,
    String recovery,
    double seconds) {

  public boolean ok() {
    return verdict.ok();
  }

  /** Prints the figures the issue asks for. */
  public RunResult print() {
    Report.line(
        run,
        String.format(
            "%s: %d devices x %d mutations in %.1f s; faults: %s; %s; push %s; recovery %s",
            ok() ? "PASS" : "FAIL",
            devices,
            mutations,
            seconds,
            faults,
            verdict,
            pushLatency,
            recovery));
    return this;
  }
}
