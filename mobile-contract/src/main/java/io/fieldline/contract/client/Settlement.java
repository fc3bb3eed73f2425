package io.fieldline.contract.client;

import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.wire.DuplicateResult;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.MutationResult;
import io.fieldline.sync.wire.RejectedResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Settles a push's results in one local transaction (R11): each result's mutation leaves the outbox
 * and goes to the inbox ({@code duplicate} counts as its original, R7); a result for a sequence no
 * longer pending (the second answer of a duplicated delivery) changes nothing. Mutations without a
 * result (after out_of_order or retry_later) stay for the resend.
 */
record Settlement(int settled, int duplicates, boolean resultExpired) {

  static Settlement apply(Connection c, List<MutationResult> results) throws SQLException {
    Map<Long, Mutation> pending = new HashMap<>();
    for (Mutation m : OutboxTable.pending(c, Integer.MAX_VALUE)) {
      pending.put(m.sequence(), m);
    }
    int settled = 0;
    int duplicates = 0;
    boolean expired = false;
    for (MutationResult result : results) {
      MutationResult original = result;
      if (result instanceof DuplicateResult d) {
        original = d.original();
        duplicates++;
      }
      Mutation m = pending.remove(result.sequence());
      if (m == null) {
        continue;
      }
      OutboxTable.remove(c, m.sequence());
      Inbox.settle(c, m, original);
      settled++;
      if (original instanceof RejectedResult r && r.code() == SyncErrorCode.RESULT_EXPIRED) {
        expired = true;
      }
    }
    return new Settlement(settled, duplicates, expired);
  }
}
