package io.fieldline.sync.sim;

import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.wire.MutationEntry;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import io.fieldline.sync.wire.json.SyncJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * An unreliable network between replicas and the server: it loses responses, delivers requests
 * twice, splits a batch and delivers the halves in reverse order, and keeps stale copies it
 * delivers much later. Counts what it did so a property can show the faults really happened.
 */
final class Network {

  int lostResponses;
  int duplicatedDeliveries;
  int reorderedDeliveries;
  int staleDeliveries;
  private final List<Runnable> stale = new ArrayList<>();
  private final SplittableRandom random;

  Network(SplittableRandom random) {
    this.random = random;
  }

  /** One push attempt by {@code client} of at most {@code max} mutations, with random faults. */
  void push(ReplicaClient client, EndpointTransport transport, int max) {
    Optional<PushRequest> pending = client.pendingRequest(Math.min(max, client.batchLimit));
    if (pending.isEmpty()) {
      return;
    }
    PushRequest request = pending.get();
    int fault = random.nextInt(100);
    if (fault < 10) {
      byte[] copy = SyncJson.encode(request);
      stale.add(() -> transport.deliverStale(copy));
    }
    if (fault < 25) {
      lostResponses++;
      transport.push(request);
    } else if (fault < 35) {
      duplicatedDeliveries++;
      transport.push(request);
      transport.push(request).ifPresent(client::handle);
    } else if (fault < 55 && request.mutations().size() > 1) {
      reorderedDeliveries++;
      int half = request.mutations().size() / 2;
      List<MutationEntry> first = request.mutations().subList(0, half);
      List<MutationEntry> second = request.mutations().subList(half, request.mutations().size());
      Optional<PushResponse> late = transport.push(part(client, second));
      late.ifPresent(client::handle);
      transport.push(part(client, first)).ifPresent(client::handle);
    } else {
      transport.push(request).ifPresent(client::handle);
    }
  }

  private static PushRequest part(ReplicaClient client, List<MutationEntry> entries) {
    return new PushRequest(ProtocolVersion.CURRENT, client.deviceId, new ArrayList<>(entries));
  }

  /** Delivers one stale copy, if any. */
  void deliverOneStale() {
    if (!stale.isEmpty()) {
      staleDeliveries++;
      stale.remove(random.nextInt(stale.size())).run();
    }
  }

  /** Delivers every stale copy. */
  void flush() {
    while (!stale.isEmpty()) {
      deliverOneStale();
    }
  }
}
