package io.fieldline.contract.client;

import io.fieldline.sync.conformance.Capability;
import io.fieldline.sync.conformance.ReferenceServer;
import io.fieldline.sync.conformance.ServerState;
import io.fieldline.sync.conformance.ServerUnderTest;
import io.fieldline.sync.conformance.VectorSetup;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.wire.BatchEnd;
import io.fieldline.sync.wire.Change;
import io.fieldline.sync.wire.ConflictHeldResult;
import io.fieldline.sync.wire.DuplicateResult;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.MutationResult;
import io.fieldline.sync.wire.PullPage;
import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.PushResponse;
import io.fieldline.sync.wire.PushResult;
import io.fieldline.sync.wire.RejectedResult;
import io.fieldline.sync.wire.json.SyncJson;
import io.fieldline.sync.wire.json.WireFormatException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The client half of the conformance vectors: the reference server answers the vector's requests
 * and every answer is fed, per device, into the reference client's own code: its codec reads it
 * (R2), its SQLite copy applies pull pages and must match every checkpoint's scope checksum (R33,
 * R35-R37), and its settlement must take exactly the answered mutations out of the outbox, file
 * rejections and held conflicts, and keep the unprocessed ones for the resend (R7, R9-R12).
 */
final class ClientObserver implements ServerUnderTest {
  private final ReferenceServer server = new ReferenceServer();
  private final Map<String, Device> devices = new HashMap<>();
  final List<String> failures = new ArrayList<>();
  int checkpoints;
  int settled;

  private static final class Device {
    final LocalStore store = LocalStore.open(":memory:");
    String cursor;
  }

  @Override
  public void reset(VectorSetup setup) {
    server.reset(setup);
    devices.values().forEach(d -> d.store.close());
    devices.clear();
  }

  @Override
  public Reply push(String caller, String body) {
    Reply reply = server.push(caller, body);
    PushRequest request;
    try {
      request = SyncJson.decodePushRequest(body.getBytes(StandardCharsets.UTF_8));
    } catch (WireFormatException e) {
      return reply; // a deliberately broken request: no client would send it
    }
    PushResponse response;
    try {
      response = SyncJson.decodePushResponse(reply.body().getBytes(StandardCharsets.UTF_8));
    } catch (WireFormatException e) {
      failures.add("client cannot read push answer: " + e.getMessage());
      return reply;
    }
    if (response instanceof PushResult result) {
      settle(device(request.deviceId()), request, result);
    }
    return reply;
  }

  private void settle(Device device, PushRequest request, PushResult result) {
    List<Mutation> sent =
        request.mutations().stream()
            .filter(Mutation.class::isInstance)
            .map(Mutation.class::cast)
            .toList();
    device.store.inTx(
        c -> {
          for (Mutation m : sent) {
            OutboxTable.restore(c, m);
          }
          Settlement.apply(c, result.results());
          return null;
        });
    List<Long> pending =
        device.store.inTx(c -> OutboxTable.pending(c, 1000)).stream()
            .map(Mutation::sequence)
            .toList();
    List<Long> rejected =
        device.store.inTx(Inbox::rejected).stream().map(r -> r.mutation().sequence()).toList();
    List<UUID> conflicts =
        device.store.inTx(Inbox::conflicts).stream().map(HeldConflict::conflictId).toList();
    for (MutationResult r : result.results()) {
      MutationResult original = r instanceof DuplicateResult d ? d.original() : r;
      boolean known = sent.stream().anyMatch(m -> m.sequence() == r.sequence());
      if (!known) {
        continue;
      }
      settled++;
      if (pending.contains(r.sequence())) {
        failures.add("answered mutation " + r.sequence() + " stayed in the outbox");
      }
      if (original instanceof RejectedResult && !rejected.contains(r.sequence())) {
        failures.add("rejected mutation " + r.sequence() + " is not in the rejected list");
      }
      if (original instanceof ConflictHeldResult h && !conflicts.contains(h.conflictId())) {
        failures.add("held conflict " + h.conflictId() + " is not in the conflict inbox");
      }
    }
    long unanswered =
        result.end() instanceof BatchEnd.RetryLater rl
            ? rl.sequence()
            : result.end() instanceof BatchEnd.OutOfOrder oo ? oo.receivedSequence() : -1;
    if (unanswered > 0 && sent.stream().anyMatch(m -> m.sequence() == unanswered)) {
      if (!pending.contains(unanswered)) {
        failures.add("unprocessed mutation " + unanswered + " left the outbox");
      }
    }
  }

  @Override
  public Reply pull(String caller, String body) {
    Reply reply = server.pull(caller, body);
    PullRequest request;
    try {
      request = SyncJson.decodePullRequest(body.getBytes(StandardCharsets.UTF_8));
    } catch (WireFormatException e) {
      return reply;
    }
    PullResponse response;
    try {
      response = SyncJson.decodePullResponse(reply.body().getBytes(StandardCharsets.UTF_8));
    } catch (WireFormatException e) {
      failures.add("client cannot read pull answer: " + e.getMessage());
      return reply;
    }
    Device device = device(request.deviceId());
    if (!(response instanceof PullPage page)) {
      device.cursor = null; // resync_required or a refusal: the client starts again from ""
      return reply;
    }
    RecordTable live = new RecordTable(RecordTable.LIVE);
    if (request.cursor().isStart()) {
      device.store.inTx(
          c -> {
            live.clear(c);
            return null;
          });
    } else if (!request.cursor().token().equals(device.cursor)) {
      device.cursor = null; // a cursor this client never held (a foreign or forged one)
      return reply;
    }
    boolean matches =
        device.store.inTx(
            c -> {
              for (Change change : page.changes()) {
                live.apply(c, change);
              }
              return page.hasMore() || Puller.checksum(c, live).equals(page.scopeChecksum().get());
            });
    device.cursor = page.nextCursor().token();
    if (!page.hasMore()) {
      checkpoints++;
      if (!matches) {
        failures.add("client copy of " + request.deviceId() + " differs from the checkpoint");
      }
    }
    return reply;
  }

  private Device device(String id) {
    return devices.computeIfAbsent(id, k -> new Device());
  }

  @Override
  public void serverCreate(RecordKey key, Map<String, FieldValue> fields, Set<String> scopes) {
    server.serverCreate(key, fields, scopes);
  }

  @Override
  public void serverUpdate(RecordKey key, Map<String, FieldValue> fields) {
    server.serverUpdate(key, fields);
  }

  @Override
  public void serverDelete(RecordKey key) {
    server.serverDelete(key);
  }

  @Override
  public void grant(String scope, RecordKey record, List<RecordKey> related) {
    server.grant(scope, record, related);
  }

  @Override
  public void evict(String scope, List<RecordKey> records) {
    server.evict(scope, records);
  }

  @Override
  public void resolveConflict(UUID conflictId, Map<String, FieldValue> chosen, String resolvedBy) {
    server.resolveConflict(conflictId, chosen, resolvedBy);
  }

  @Override
  public void advanceTime(Duration by) {
    server.advanceTime(by);
  }

  @Override
  public void compact() {
    server.compact();
  }

  @Override
  public ServerState state() {
    return server.state();
  }

  @Override
  public Set<Capability> capabilities() {
    return server.capabilities();
  }

  @Override
  public void failTransiently(String deviceId, long sequence) {
    server.failTransiently(deviceId, sequence);
  }
}
