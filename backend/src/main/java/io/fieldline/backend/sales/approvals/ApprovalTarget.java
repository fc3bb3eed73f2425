package io.fieldline.backend.sales.approvals;

import io.fieldline.backend.sales.SalesScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.Map;
import java.util.UUID;

/**
 * A kind of record that goes through approval (quotes, orders). The approval mechanism asks it
 * whether the caller may see the record and tells it the outcome; the record changes its own state
 * and appends its own domain events.
 */
public interface ApprovalTarget {

  /** Which records. */
  RecordType recordType();

  /** Fails with NOT_FOUND unless the caller may see the record. */
  Uni<Void> requireVisible(SqlConnection c, SalesScope scope, UUID recordId);

  /** Every step approved. */
  Uni<Void> approved(SqlConnection c, UUID recordId, UUID actor, String comment);

  /** A step rejected. */
  Uni<Void> rejected(SqlConnection c, UUID recordId, UUID actor, String comment);

  /**
   * What an approver's notice shows about the record ({@code number}, {@code accountName}; strings
   * only); none by default.
   */
  default Uni<Map<String, String>> noticeFields(SqlConnection c, UUID recordId) {
    return Uni.createFrom().item(Map.of());
  }
}
