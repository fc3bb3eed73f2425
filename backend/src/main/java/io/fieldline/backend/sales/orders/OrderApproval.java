package io.fieldline.backend.sales.orders;

import io.fieldline.backend.sales.SalesScope;
import io.fieldline.backend.sales.approvals.ApprovalTarget;
import io.fieldline.backend.sales.approvals.RecordType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Orders in the approval mechanism: the outcome moves PENDING_APPROVAL to CONFIRMED or REJECTED.
 */
@jakarta.enterprise.context.ApplicationScoped
public class OrderApproval implements ApprovalTarget {
  private final OrderStore store;
  private final OrderEvents events;

  public OrderApproval(OrderStore store, OrderEvents events) {
    this.store = store;
    this.events = events;
  }

  @Override
  public RecordType recordType() {
    return RecordType.ORDER;
  }

  @Override
  public Uni<Void> requireVisible(SqlConnection c, SalesScope scope, UUID recordId) {
    return store.find(c, scope, recordId, true).replaceWithVoid();
  }

  @Override
  public Uni<Void> approved(SqlConnection c, UUID recordId, UUID actor, String comment) {
    return store
        .get(c, recordId)
        .chain(o -> events.move(c, o, OrderStatus.CONFIRMED, actor, comment(comment)));
  }

  @Override
  public Uni<Void> rejected(SqlConnection c, UUID recordId, UUID actor, String comment) {
    return store
        .get(c, recordId)
        .chain(o -> events.move(c, o, OrderStatus.REJECTED, actor, comment(comment)));
  }

  private static Map<String, Object> comment(String comment) {
    Map<String, Object> payload = new HashMap<>();
    if (comment != null) {
      payload.put("comment", comment);
    }
    return payload;
  }
}
