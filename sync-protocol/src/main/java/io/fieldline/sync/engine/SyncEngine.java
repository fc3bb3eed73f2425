package io.fieldline.sync.engine;

import io.fieldline.sync.merge.PolicyRegistry;
import io.fieldline.sync.store.SyncStore;
import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import java.time.Clock;
import java.util.Objects;

/**
 * The server side of the sync protocol over a {@link SyncStore}: {@link #push} and {@link #pull}
 * for devices, {@link #server()} for the backend's own writes and scope changes, {@link
 * #conflicts()} for people resolving held conflicts, and {@link #compact()} for retention.
 * Thread-safe if the store is.
 */
public final class SyncEngine {

  private final SyncStore store;
  private final EngineConfig config;
  private final Clock clock;
  private final PushHandler push;
  private final PullHandler pull;
  private final ServerWrites server;
  private final ConflictResolver conflicts;

  private SyncEngine(Builder b) {
    this.store = b.store;
    this.config = b.config;
    this.clock = b.clock;
    DeviceGuard guard = new DeviceGuard(b.events, b.clock);
    SequenceGate gate = new SequenceGate(new MutationApplier(b.policies, b.access), b.config);
    this.push = new PushHandler(b.store, gate, guard, b.config, b.clock);
    this.pull = new PullHandler(b.store, guard, b.config);
    this.server = new ServerWrites(b.store, b.policies);
    this.conflicts = new ConflictResolver(b.store, b.policies, b.clock);
  }

  /** Starts configuring an engine over {@code store} merging by {@code policies}. */
  public static Builder builder(SyncStore store, PolicyRegistry policies) {
    return new Builder(store, policies);
  }

  /** Processes a device's batch (R5-R18). */
  public PushResponse push(Caller caller, PushRequest request) {
    return push.push(caller, request);
  }

  /** Serves the next page of a device's change stream (R30-R39). */
  public PullResponse pull(Caller caller, PullRequest request) {
    return pull.pull(caller, request);
  }

  /** Server-side writes, scope grants and evictions, device registration. */
  public ServerWrites server() {
    return server;
  }

  /** Held conflicts and their resolution. */
  public ConflictResolver conflicts() {
    return conflicts;
  }

  /** Applies the retention horizon now (R39); run it periodically. */
  public void compact() {
    store.inTransaction(
        tx -> {
          tx.compactBefore(clock.instant().minus(config.retention()));
          return null;
        });
  }

  /** The limits in force. */
  public EngineConfig config() {
    return config;
  }

  /** Configures a {@link SyncEngine}. */
  public static final class Builder {
    private final SyncStore store;
    private final PolicyRegistry policies;
    private EngineConfig config = EngineConfig.defaults();
    private Clock clock = Clock.systemUTC();
    private AccessPolicy access = AccessPolicy.MEMBERSHIP;
    private SecurityEventSink events = SecurityEventSink.LOG;

    private Builder(SyncStore store, PolicyRegistry policies) {
      this.store = Objects.requireNonNull(store, "store must not be null");
      this.policies = Objects.requireNonNull(policies, "policies must not be null");
    }

    /** Limits and horizons; default {@link EngineConfig#defaults()}. */
    public Builder config(EngineConfig config) {
      this.config = Objects.requireNonNull(config, "config must not be null");
      return this;
    }

    /** The server clock (receive times, skew checks, retention); default UTC system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock must not be null");
      return this;
    }

    /** The scope hook; default {@link AccessPolicy#MEMBERSHIP}. */
    public Builder access(AccessPolicy access) {
      this.access = Objects.requireNonNull(access, "access must not be null");
      return this;
    }

    /** Where refused device uses go; default {@link SecurityEventSink#LOG}. */
    public Builder securityEvents(SecurityEventSink events) {
      this.events = Objects.requireNonNull(events, "events must not be null");
      return this;
    }

    /** The engine. */
    public SyncEngine build() {
      return new SyncEngine(this);
    }
  }
}
