package io.fieldline.backend.service.graphql.read;

import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.persistence.Sql;

/**
 * The read side of {@link ServiceScope} as SQL conditions over conventional aliases: {@code v}
 * visit, {@code w} work order, {@code k} case, {@code a} the record's account, {@code t}
 * technician.
 */
public final class ScopeSql {
  private static final String MY_VISIT_AT_ACCOUNT =
      "exists (select 1 from visit mv where mv.account_id = a.id and mv.assignee_user_id = ?)";
  private static final String MY_VISIT_FOR_ORDER =
      "exists (select 1 from visit mv where mv.work_order_id = w.id and mv.assignee_user_id = ?)";

  private ScopeSql() {}

  public static Sql visits(Sql q, ServiceScope s) {
    if (s.admin()) {
      return q;
    }
    return s.desk()
        ? q.and(
            "(v.assignee_user_id = ? or a.territory_id = any(?))", s.userId(), s.territoryArray())
        : q.and("v.assignee_user_id = ?", s.userId());
  }

  public static Sql workOrders(Sql q, ServiceScope s) {
    if (s.admin()) {
      return q;
    }
    return s.desk()
        ? q.and(
            "(a.territory_id = any(?) or " + MY_VISIT_FOR_ORDER + ")",
            s.territoryArray(),
            s.userId())
        : q.and(MY_VISIT_FOR_ORDER, s.userId());
  }

  /** Accounts: the desk's territories, and the customers of the caller's own visits. */
  public static Sql accounts(Sql q, ServiceScope s) {
    if (s.admin()) {
      return q;
    }
    return s.desk()
        ? q.and(
            "(a.territory_id = any(?) or " + MY_VISIT_AT_ACCOUNT + ")",
            s.territoryArray(),
            s.userId())
        : q.and(MY_VISIT_AT_ACCOUNT, s.userId());
  }

  /** Cases are the desk's: technicians and reps see none. */
  public static Sql cases(Sql q, ServiceScope s) {
    if (s.admin()) {
      return q;
    }
    return s.desk()
        ? q.and("a.territory_id = any(?)", (Object) s.territoryArray())
        : q.and("false");
  }

  public static Sql technicians(Sql q, ServiceScope s) {
    if (s.admin()) {
      return q;
    }
    return s.desk()
        ? q.and("(t.territory_id = any(?) or t.user_id = ?)", s.territoryArray(), s.userId())
        : q.and("t.user_id = ?", s.userId());
  }
}
