package io.fieldline.backend.sync.poke;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The devices listening on this instance, by tenant and scope. {@link SyncPokeListener} hands it
 * every commit notification; each matching subscription gets a poke. A slow subscriber keeps only
 * the latest poke (one pull answers them all).
 */
@ApplicationScoped
public class SyncPokes {

  private record Key(UUID tenant, String scope) {}

  private final Map<Key, Set<MultiEmitter<? super SyncPoke>>> listeners = new ConcurrentHashMap<>();

  /** Pokes for a scope of a tenant, until the subscriber cancels. */
  public Multi<SyncPoke> subscribe(UUID tenant, String scope) {
    Key key = new Key(tenant, scope);
    return Multi.createFrom()
        .<SyncPoke>emitter(
            emitter -> {
              listeners.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(emitter);
              emitter.onTermination(() -> remove(key, emitter));
            })
        .onOverflow()
        .dropPreviousItems();
  }

  /**
   * A commit at {@code position} changed {@code scopes} of {@code tenant} (every scope of the
   * tenant when {@code scopes} is empty).
   */
  public void committed(UUID tenant, long position, Set<String> scopes) {
    SyncPoke poke = new SyncPoke(position);
    listeners.forEach(
        (key, emitters) -> {
          if (key.tenant().equals(tenant) && (scopes.isEmpty() || scopes.contains(key.scope()))) {
            emitters.forEach(e -> e.emit(poke));
          }
        });
  }

  /** How many subscriptions this instance holds (for tests and health). */
  public int subscriptions() {
    return listeners.values().stream().mapToInt(Set::size).sum();
  }

  private void remove(Key key, MultiEmitter<? super SyncPoke> emitter) {
    listeners.computeIfPresent(
        key,
        (k, set) -> {
          set.remove(emitter);
          return set.isEmpty() ? null : set;
        });
  }
}
