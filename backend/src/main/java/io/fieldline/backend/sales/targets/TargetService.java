package io.fieldline.backend.sales.targets;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.identity.Role;
import io.fieldline.backend.sales.SalesScope;
import io.fieldline.backend.sales.db.Sql;
import io.fieldline.backend.sales.graphql.Inputs;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Sales targets and plan-vs-actual; call inside a tenant transaction. */
@ApplicationScoped
public class TargetService {
  private static final String ACTUAL =
      "coalesce((select sum(so.net) from sales_order so where so.status = 'CONFIRMED'"
          + " and so.currency = t.currency and so.order_date between t.period_start and t.period_end"
          + " and ((t.user_id is not null and so.owner_user_id = t.user_id)"
          + " or (t.territory_id is not null and so.territory_id in (with recursive d(id) as"
          + " (select t.territory_id union all select tt.id from territory tt join d"
          + " on tt.parent_id = d.id) select id from d)))), 0) as actual";

  /** Targets visible to the caller overlapping [from, to], with their actuals. */
  public Uni<List<TargetView>> list(
      SqlConnection c,
      SalesScope scope,
      LocalDate from,
      LocalDate to,
      UUID userId,
      UUID territoryId) {
    Sql sql = new Sql();
    List<String> where = new ArrayList<>();
    where.add(visible(scope, sql));
    if (from != null) {
      where.add("t.period_end >= " + sql.bind(from));
    }
    if (to != null) {
      where.add("t.period_start <= " + sql.bind(to));
    }
    if (userId != null) {
      where.add("t.user_id = " + sql.bind(userId));
    }
    if (territoryId != null) {
      where.add("t.territory_id = " + sql.bind(territoryId));
    }
    return sql.run(
            c,
            "select t.*, "
                + ACTUAL
                + " from sales_target t where "
                + String.join(" and ", where)
                + " order by t.period_start, t.user_id nulls last, t.id")
        .map(rows -> Sql.list(rows).stream().map(TargetView::of).toList());
  }

  /** Sets a target (admins; managers for their territories and their reps). */
  public Uni<TargetView> set(SqlConnection c, SalesScope scope, TargetInput in) {
    if (!scope.principal().hasAnyRole(Role.ADMIN, Role.MANAGER)) {
      throw new ApiException(ErrorCode.FORBIDDEN, "Only managers and admins set targets");
    }
    UUID user = Inputs.optionalId("userId", in.userId());
    UUID territory = Inputs.optionalId("territoryId", in.territoryId());
    if ((user == null) == (territory == null)) {
      throw ApiException.invalid("userId", "Give exactly one of userId and territoryId");
    }
    if (in.periodEnd().isBefore(in.periodStart())) {
      throw ApiException.invalid("periodEnd", "periodEnd must not be before periodStart");
    }
    Inputs.nonNegative("amount", in.amount());
    String currency = Inputs.currency("currency", in.currency());
    Sql check = new Sql();
    String subject =
        user != null
            ? "exists (select 1 from app_user u where u.id = "
                + check.bind(user)
                + " and ("
                + userInScope(scope, "u.id", check)
                + "))"
            : "exists (select 1 from territory tr where tr.id = "
                + check.bind(territory)
                + " and "
                + (scope.admin()
                    ? "true"
                    : "tr.id = any("
                        + check.bind(scope.principal().territoryIds().toArray(new UUID[0]))
                        + ")")
                + ")";
    UUID id = UUID.randomUUID();
    return check
        .run(c, "select " + subject)
        .chain(
            rows -> {
              if (!rows.iterator().next().getBoolean(0)) {
                throw ApiException.invalid(
                    user != null ? "userId" : "territoryId",
                    "Not a user or territory in your scope");
              }
              String conflict =
                  user != null
                      ? "(tenant_id, user_id, period_start) where user_id is not null"
                      : "(tenant_id, territory_id, period_start) where territory_id is not null";
              return Sql.exec(
                  c,
                  "insert into sales_target (id, user_id, territory_id, period_start,"
                      + " period_end, amount, currency) values ($1, $2, $3, $4, $5, $6, $7)"
                      + " on conflict "
                      + conflict
                      + " do update set period_end = excluded.period_end,"
                      + " amount = excluded.amount, currency = excluded.currency returning id",
                  id,
                  user,
                  territory,
                  in.periodStart(),
                  in.periodEnd(),
                  in.amount(),
                  currency);
            })
        .chain(
            rows -> {
              UUID saved = rows.iterator().next().getUUID("id");
              return Sql.exec(
                      c, "select t.*, " + ACTUAL + " from sales_target t where t.id = $1", saved)
                  .map(r -> TargetView.of(r.iterator().next()));
            });
  }

  private static String visible(SalesScope scope, Sql sql) {
    if (scope.admin()) {
      return "true";
    }
    String territories = sql.bind(scope.principal().territoryIds().toArray(new UUID[0]));
    String me = sql.bind(scope.userId());
    String own = "(t.user_id = " + me + " or t.territory_id = any(" + territories + ")";
    if (scope.principal().hasRole(Role.MANAGER)) {
      own +=
          " or t.user_id in (select ut.user_id from user_territory ut where ut.territory_id = any("
              + territories
              + "))";
    }
    return own + ")";
  }

  private static String userInScope(SalesScope scope, String userExpr, Sql sql) {
    if (scope.admin()) {
      return "true";
    }
    return userExpr
        + " in (select ut.user_id from user_territory ut where ut.territory_id = any("
        + sql.bind(scope.principal().territoryIds().toArray(new UUID[0]))
        + "))";
  }
}
