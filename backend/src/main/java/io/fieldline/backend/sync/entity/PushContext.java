package io.fieldline.backend.sync.entity;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Who is pushing, for the rules that depend on it (a reference must be in the device's scope, a
 * territory must be the user's). The sync service binds it on the worker thread around a push; the
 * engine evaluates rules synchronously on that thread, inside each mutation's transaction.
 *
 * @param scopeId the pushing device's scope
 * @param territoryIds the user's territories and every territory below them
 */
public record PushContext(String scopeId, Set<UUID> territoryIds) {

  private static final ThreadLocal<PushContext> CURRENT = new ThreadLocal<>();

  public PushContext {
    Objects.requireNonNull(scopeId, "scopeId");
    territoryIds = Set.copyOf(territoryIds);
  }

  /** The pushing user's id, read from the scope id {@code user:<id>}; null for other scopes. */
  public UUID userId() {
    if (!scopeId.startsWith("user:")) {
      return null;
    }
    try {
      return UUID.fromString(scopeId.substring(5));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Runs {@code work} with this context bound to the current thread. */
  public <T> T bind(Supplier<T> work) {
    PushContext previous = CURRENT.get();
    CURRENT.set(this);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /** The context of the push running on this thread, if any. */
  public static Optional<PushContext> current() {
    return Optional.ofNullable(CURRENT.get());
  }
}
