package io.fieldline.backend.sales.quotes;

import io.fieldline.backend.sales.SalesScope;
import io.fieldline.backend.sales.approvals.ApprovalTarget;
import io.fieldline.backend.sales.approvals.RecordType;
import io.fieldline.backend.sales.db.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Quotes in the approval mechanism: the outcome moves PENDING_APPROVAL to APPROVED or REJECTED. */
@ApplicationScoped
public class QuoteApproval implements ApprovalTarget {
  private final QuoteStore store;
  private final QuoteEvents events;

  public QuoteApproval(QuoteStore store, QuoteEvents events) {
    this.store = store;
    this.events = events;
  }

  @Override
  public RecordType recordType() {
    return RecordType.QUOTE;
  }

  @Override
  public Uni<Void> requireVisible(SqlConnection c, SalesScope scope, UUID recordId) {
    return store.find(c, scope, recordId, true).replaceWithVoid();
  }

  @Override
  public Uni<Void> approved(SqlConnection c, UUID recordId, UUID actor, String comment) {
    return store
        .get(c, recordId)
        .chain(q -> events.move(c, q, QuoteStatus.APPROVED, actor, payload(comment, null)));
  }

  @Override
  public Uni<Void> rejected(SqlConnection c, UUID recordId, UUID actor, String comment) {
    return store
        .get(c, recordId)
        .chain(q -> events.move(c, q, QuoteStatus.REJECTED, actor, payload(comment, "APPROVER")));
  }

  @Override
  public Uni<Map<String, String>> noticeFields(SqlConnection c, UUID recordId) {
    return Sql.exec(
            c,
            "select q.number, a.name from quote q join account a on a.id = q.account_id"
                + " where q.id = $1",
            recordId)
        .map(
            rows ->
                Sql.first(rows)
                    .map(
                        r ->
                            Map.of(
                                "number",
                                r.getString("number"),
                                "accountName",
                                r.getString("name")))
                    .orElse(Map.of()));
  }

  private static Map<String, Object> payload(String comment, String by) {
    Map<String, Object> payload = new HashMap<>();
    if (comment != null) {
      payload.put("comment", comment);
      if (by != null) {
        payload.put("reason", comment);
      }
    }
    if (by != null) {
      payload.put("by", by);
    }
    return payload;
  }
}
