package io.fieldline.backend.dispatch;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Dispatch configuration ({@code fieldline.dispatch.*}); backend/docs/dispatch.md lists each. */
@ConfigMapping(prefix = "fieldline.dispatch")
public interface DispatchSettings {

  /** Run optimisation jobs in this instance (any number of instances may). */
  @WithDefault("true")
  boolean workerEnabled();

  /** How often the worker looks for queued jobs and expired leases. */
  @WithDefault("PT1S")
  Duration pollInterval();

  /** How long a running job stays leased without a heartbeat before another instance takes it. */
  @WithDefault("30")
  int leaseSeconds();

  /** Runs of a job (first run plus recoveries after a dead worker) before it fails for good. */
  @WithDefault("3")
  int maxAttempts();

  /** Solver time of a job when the request names none. */
  @WithDefault("30")
  int defaultTimeLimitSeconds();

  /** A job also stops when its best score has not improved for this long. */
  @WithDefault("PT10S")
  Duration unimprovedLimit();

  /** Longest re-plan of one real-time change. */
  @WithDefault("PT5S")
  Duration realtimeLimit();

  /** Open work orders of the territory a job considers (by SLA). */
  @WithDefault("150")
  int maxOpenOrders();
}
