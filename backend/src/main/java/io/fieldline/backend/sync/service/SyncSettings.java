package io.fieldline.backend.sync.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Limits and horizons of the sync endpoints ({@code fieldline.sync.*}); defaults are the protocol's
 * (PROTOCOL.md R14, R32, R39). Documented in backend/docs/sync.md.
 */
@ConfigMapping(prefix = "fieldline.sync")
public interface SyncSettings {

  /** Most mutations in one push; a larger batch gets 413 BATCH_TOO_LARGE. */
  @WithDefault("500")
  int maxMutationsPerPush();

  /** Largest push or pull body (after gzip decoding); a larger one gets 413 BATCH_TOO_LARGE. */
  @WithDefault("1048576")
  long maxRequestBytes();

  /** Most changes in one pull page, whatever the device asks. */
  @WithDefault("1000")
  int maxPageSize();

  /** How long history, tombstones and stored results are kept (at least 90 days). */
  @WithDefault("P90D")
  Duration retention();

  /** How often retention runs over every tenant (0 switches it off). */
  @WithDefault("PT6H")
  Duration compactionInterval();

  /** How often technicians' visit windows slide (0 switches it off); the window moves by days. */
  @WithDefault("P1D")
  Duration windowInterval();

  /** The retry hint sent with temporary failures. */
  @WithDefault("1000")
  long retryAfterMillis();

  /**
   * How many consecutive mutations of a push share one transaction (each still claims its sequence
   * and stores its result in it); 1 gives every mutation its own transaction and commit.
   */
  @WithDefault("20")
  int mutationsPerTransaction();
}
