package io.fieldline.sync.engine;

import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.store.DeviceInfo;
import io.fieldline.sync.store.LogEntry;
import io.fieldline.sync.store.LogPage;
import io.fieldline.sync.store.ScopePage;
import io.fieldline.sync.store.StoreTx;
import io.fieldline.sync.store.SyncStore;
import io.fieldline.sync.store.TransientStoreException;
import io.fieldline.sync.wire.Change;
import io.fieldline.sync.wire.Cursor;
import io.fieldline.sync.wire.PullPage;
import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.Refusal;
import io.fieldline.sync.wire.ResyncRequired;
import io.fieldline.sync.wire.ScopeChecksum;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Serves pull pages (R30-R34, R39): an initial snapshot of the scope's live records taken at the
 * head position, then the scope's change log from that position. Each page is read in one
 * transaction, never splits a commit position, and the last page carries the scope checksum.
 */
final class PullHandler {

  private final SyncStore store;
  private final DeviceGuard guard;
  private final EngineConfig config;

  PullHandler(SyncStore store, DeviceGuard guard, EngineConfig config) {
    this.store = store;
    this.guard = guard;
    this.config = config;
  }

  PullResponse pull(Caller caller, PullRequest request) {
    if (!ProtocolVersion.isSupported(request.protocolVersion())) {
      return Refusals.unsupported(request.protocolVersion());
    }
    Optional<CursorCodec.Position> position = CursorCodec.decode(request.cursor());
    if (position.isEmpty()) {
      return new Refusal.InvalidRequest("cursor: not a cursor this server issued");
    }
    int pageSize = Math.min(request.pageSize(), config.maxPageSize());
    try {
      return store.inReadTransaction(
          tx -> {
            Optional<DeviceInfo> device = guard.authorize(tx, caller, request.deviceId());
            if (device.isEmpty()) {
              return new Refusal.UnauthorizedDevice(DeviceGuard.refusal(request.deviceId()));
            }
            return page(tx, device.get().scopeId(), position.get(), pageSize, request);
          });
    } catch (TransientStoreException e) {
      return new Refusal.Retryable(config.retryAfterMillis(), "the server is busy; retry later");
    }
  }

  private PullResponse page(
      StoreTx tx, String scope, CursorCodec.Position at, int pageSize, PullRequest request) {
    int version = request.protocolVersion();
    String tag = CursorCodec.tag(scope);
    if (at instanceof CursorCodec.Start) {
      return snapshotPage(tx, scope, tx.headPosition(), Optional.empty(), pageSize, version);
    }
    long from =
        at instanceof CursorCodec.Stream
            ? ((CursorCodec.Stream) at).position()
            : ((CursorCodec.Snapshot) at).head();
    String cursorTag =
        at instanceof CursorCodec.Stream
            ? ((CursorCodec.Stream) at).tag()
            : ((CursorCodec.Snapshot) at).tag();
    if (!cursorTag.equals(tag)) {
      return new ResyncRequired(version, "the device's scope changed; resync from the start");
    }
    if (from < tx.compactedThrough()) {
      return new ResyncRequired(
          version, "the cursor is older than the retention horizon; resync from the start");
    }
    if (from > tx.headPosition()) {
      return new ResyncRequired(version, "the cursor is ahead of this server; resync");
    }
    if (at instanceof CursorCodec.Snapshot) {
      RecordKey after = ((CursorCodec.Snapshot) at).after();
      return snapshotPage(tx, scope, from, Optional.of(after), pageSize, version);
    }
    return streamPage(tx, scope, from, pageSize, version);
  }

  private PullResponse snapshotPage(
      StoreTx tx, String scope, long head, Optional<RecordKey> after, int pageSize, int version) {
    ScopePage records = tx.scopeRecords(scope, after, pageSize);
    List<Change> changes =
        records.records().stream().map(Change.Upsert::new).collect(Collectors.toList());
    if (records.hasMore()) {
      RecordState last = records.records().get(records.records().size() - 1);
      Cursor next = CursorCodec.snapshot(head, scope, last.key());
      return new PullPage(version, changes, next, true, Optional.empty());
    }
    boolean more = !tx.readChanges(scope, head, 1).entries().isEmpty();
    return new PullPage(
        version, changes, CursorCodec.stream(head, scope), more, checksum(tx, scope, more));
  }

  private PullResponse streamPage(StoreTx tx, String scope, long after, int pageSize, int version) {
    LogPage log = tx.readChanges(scope, after, pageSize);
    List<Change> changes =
        log.entries().stream().map(LogEntry::change).collect(Collectors.toList());
    long next =
        log.entries().isEmpty() ? after : log.entries().get(log.entries().size() - 1).position();
    return new PullPage(
        version,
        changes,
        CursorCodec.stream(next, scope),
        log.hasMore(),
        checksum(tx, scope, log.hasMore()));
  }

  private static Optional<ScopeChecksum> checksum(StoreTx tx, String scope, boolean hasMore) {
    if (hasMore) {
      return Optional.empty();
    }
    return Optional.of(tx.scopeChecksum(scope).orElseGet(() -> ScopeChecksums.compute(tx, scope)));
  }
}
