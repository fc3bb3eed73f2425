package io.fieldline.contract.client;

import io.fieldline.sync.ProtocolVersion;
import io.fieldline.sync.engine.ScopeChecksums;
import io.fieldline.sync.wire.Change;
import io.fieldline.sync.wire.Cursor;
import io.fieldline.sync.wire.PullPage;
import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.PullResponse;
import io.fieldline.sync.wire.Refusal;
import io.fieldline.sync.wire.ResyncRequired;
import io.fieldline.sync.wire.ScopeChecksum;
import java.util.Optional;

/**
 * The pull loop: applies each page and stores its cursor in one local transaction (R32), pulls
 * again while {@code hasMore}, checks the checkpoint's scope checksum against the server copy
 * (R33), and on {@code resync_required} or a mismatch pulls from the empty cursor into {@code
 * fresh_record}, swapping it in only at a checkpoint, never touching the outbox (R40).
 */
final class Puller {
  static final String CURSOR = "cursor";

  /**
   * The checksum the server copy last matched, kept until any write to the copy ({@code record})
   * deletes it (SQLite triggers, {@link LocalStore}): a checkpoint with the same checksum and an
   * untouched copy needs no recount.
   */
  static final String CHECKED = "checked_checksum";

  private static final RecordTable LIVE = new RecordTable(RecordTable.LIVE);
  private static final RecordTable FRESH = new RecordTable(RecordTable.FRESH);

  private final SyncClient client;
  private final int pageSize;

  Puller(SyncClient client, int pageSize) {
    this.client = client;
    this.pageSize = pageSize;
  }

  /** Pulls to a checkpoint; false when attempts ran out (offline). Returns changes applied. */
  int pullToCheckpoint() throws InterruptedException {
    int applied = 0;
    int failures = 0;
    while (true) {
      Cursor cursor = client.store().meta(CURSOR).map(Cursor::new).orElse(Cursor.START);
      Optional<PullResponse> answer = client.send(request(cursor));
      if (answer.isEmpty() || answer.get() instanceof Refusal.Retryable) {
        if (++failures > client.maxAttempts()) {
          return -1;
        }
        long hint = answer.map(a -> ((Refusal.Retryable) a).retryAfterMillis()).orElse(0L);
        client.backOff(failures, hint);
        continue;
      }
      failures = 0;
      PullResponse response = answer.get();
      if (response instanceof ResyncRequired) {
        return resync() ? applied : -1;
      }
      if (response instanceof Refusal r) {
        throw stop(r);
      }
      PullPage page = (PullPage) response;
      boolean matches =
          client
              .store()
              .inTx(
                  c -> {
                    for (Change change : page.changes()) {
                      LIVE.apply(c, change);
                    }
                    LocalStore.meta(c, CURSOR, page.nextCursor().token());
                    return page.hasMore() || verify(c, page.scopeChecksum().get());
                  });
      applied += page.changes().size();
      if (!matches) {
        return resync() ? applied : -1;
      }
      if (!page.hasMore()) {
        return applied;
      }
    }
  }

  /** Rebuilds the server copy from the empty cursor, keeping the outbox (R40). */
  boolean resync() throws InterruptedException {
    client.counters().resync();
    clearFresh();
    Cursor at = Cursor.START;
    int failures = 0;
    while (true) {
      Optional<PullResponse> answer = client.send(request(at));
      if (answer.isEmpty() || !(answer.get() instanceof PullPage)) {
        if (answer.isPresent() && !(answer.get() instanceof Refusal.Retryable)) {
          if (answer.get() instanceof Refusal r) {
            throw stop(r);
          }
          at = Cursor.START; // resync_required during a resync: start again
          clearFresh();
        }
        if (++failures > client.maxAttempts()) {
          return false;
        }
        client.backOff(failures, 0);
        continue;
      }
      failures = 0;
      PullPage page = (PullPage) answer.get();
      Cursor next = page.nextCursor();
      boolean done =
          client
              .store()
              .inTx(
                  c -> {
                    for (Change change : page.changes()) {
                      FRESH.apply(c, change);
                    }
                    if (page.hasMore()) {
                      return false;
                    }
                    FRESH.copyTo(c, LIVE);
                    FRESH.clear(c);
                    LocalStore.meta(c, CURSOR, next.token());
                    return true;
                  });
      at = next;
      if (done) {
        return true;
      }
    }
  }

  private PullRequest request(Cursor cursor) {
    return new PullRequest(ProtocolVersion.CURRENT, client.deviceId(), cursor, pageSize);
  }

  /** R33 at a checkpoint; a match is remembered until the copy is written again. */
  private static boolean verify(java.sql.Connection c, ScopeChecksum server)
      throws java.sql.SQLException {
    String text = server.count() + " " + server.sha256();
    if (LocalStore.meta(c, CHECKED).filter(text::equals).isPresent()) {
      return true;
    }
    if (!checksum(c, LIVE).equals(server)) {
      return false;
    }
    LocalStore.meta(c, CHECKED, text);
    return true;
  }

  static ScopeChecksum checksum(java.sql.Connection c, RecordTable table)
      throws java.sql.SQLException {
    return ScopeChecksums.ofVersions(table.versions(c));
  }

  private void clearFresh() {
    client
        .store()
        .inTx(
            c -> {
              FRESH.clear(c);
              return null;
            });
  }

  private static SyncStoppedException stop(Refusal r) {
    return SyncStoppedException.of(r);
  }
}
