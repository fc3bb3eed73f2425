package io.fieldline.backend.sales.activities;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.sales.SalesScope;
import io.fieldline.backend.sales.accounts.AccountStore;
import io.fieldline.backend.sales.db.Keyset;
import io.fieldline.backend.sales.db.Paged;
import io.fieldline.backend.sales.db.Sql;
import io.fieldline.backend.sales.graphql.Inputs;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Follow-up activities and account timelines; call inside a tenant transaction. */
@ApplicationScoped
public class ActivityStore {
  private final AccountStore accounts;

  public ActivityStore(AccountStore accounts) {
    this.accounts = accounts;
  }

  /** Logs an activity on a visible account; contact and opportunity must belong to it. */
  public Uni<ActivityView> log(SqlConnection c, SalesScope scope, ActivityInput in) {
    UUID accountId = Inputs.required("accountId", Inputs.optionalId("accountId", in.accountId()));
    UUID contactId = Inputs.optionalId("contactId", in.contactId());
    UUID opportunityId = Inputs.optionalId("opportunityId", in.opportunityId());
    String subject = Inputs.text("subject", in.subject(), 200);
    String nextStep = Inputs.optionalText("nextStep", in.nextStep(), 500);
    if (in.dueDate() != null && nextStep == null) {
      throw ApiException.invalid("nextStep", "A due date needs a next step");
    }
    Inputs.required("type", in.type());
    Inputs.required("occurredAt", in.occurredAt());
    UUID id = UUID.randomUUID();
    return accounts
        .find(c, scope, accountId)
        .chain(
            () ->
                Sql.exec(
                    c,
                    "select (select count(*) from contact where id = $1 and account_id = $3) as contacts,"
                        + " (select count(*) from opportunity where id = $2 and account_id = $3) as opps",
                    contactId,
                    opportunityId,
                    accountId))
        .chain(
            rows -> {
              var row = rows.iterator().next();
              if (contactId != null && row.getLong("contacts") == 0) {
                throw ApiException.invalid("contactId", "No contact with this id at the account");
              }
              if (opportunityId != null && row.getLong("opps") == 0) {
                throw ApiException.invalid(
                    "opportunityId", "No opportunity with this id at the account");
              }
              return Sql.exec(
                  c,
                  "insert into activity (id, account_id, contact_id, opportunity_id, owner_user_id,"
                      + " type, occurred_at, subject, result, notes, next_step, due_date)"
                      + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning *",
                  id,
                  accountId,
                  contactId,
                  opportunityId,
                  scope.userId(),
                  in.type().name(),
                  in.occurredAt(),
                  subject,
                  Inputs.optionalText("result", in.result(), 2000),
                  Inputs.optionalText("notes", in.notes(), 4000),
                  nextStep,
                  in.dueDate());
            })
        .map(rows -> ActivityView.of(rows.iterator().next()));
  }

  /** Marks the follow-up of a visible activity done. */
  public Uni<ActivityView> completeFollowUp(SqlConnection c, SalesScope scope, UUID id) {
    Sql sql = new Sql();
    return sql.run(
            c,
            "update activity t set follow_up_done = true from account a where a.id = t.account_id"
                + " and t.id = "
                + sql.bind(id)
                + " and "
                + scope.accounts("a", sql)
                + " returning t.*")
        .map(
            rows ->
                Sql.first(rows)
                    .map(ActivityView::of)
                    .orElseThrow(() -> ApiException.notFound("Activity", id)));
  }

  /** Open follow-ups (next steps not done) on visible accounts, by due date. */
  public Uni<Paged<ActivityView>> followUps(
      SqlConnection c,
      SalesScope scope,
      UUID ownerUserId,
      LocalDate dueBefore,
      Integer first,
      String after) {
    Sql sql = new Sql();
    List<String> where = new ArrayList<>();
    where.add("t.next_step is not null and not t.follow_up_done");
    where.add(scope.accounts("a", sql));
    if (ownerUserId != null) {
      where.add("t.owner_user_id = " + sql.bind(ownerUserId));
    }
    if (dueBefore != null) {
      where.add("t.due_date < " + sql.bind(dueBefore));
    }
    Keyset key = new Keyset("coalesce(t.due_date, date '9999-12-31')", "date", false, "t.id");
    return key.fetch(
        c,
        sql,
        "t.*",
        "activity t join account a on a.id = t.account_id",
        where,
        first,
        after,
        ActivityView::of);
  }

  /** Everything that happened with a visible account, newest first. */
  public Uni<Paged<TimelineEntry>> timeline(
      SqlConnection c, SalesScope scope, UUID accountId, Integer first, String after) {
    Sql sql = new Sql();
    String account = sql.bind(accountId);
    String union =
        "(select 'ACTIVITY' as kind, t.id, t.occurred_at as at, t.type || ': ' || t.subject as title,"
            + " t.result as detail from activity t where t.account_id = "
            + account
            + " union all select 'OPPORTUNITY', o.id, o.created_at, 'Opportunity ' || o.name,"
            + " s.name from opportunity o join pipeline_stage s on s.id = o.stage_id"
            + " where o.account_id = "
            + account
            + " and "
            + scope.deals("o", sql)
            + " union all select 'QUOTE', q.id, q.updated_at, 'Quote ' || q.number || ' rev '"
            + " || q.revision, q.status from quote q where q.account_id = "
            + account
            + " and "
            + scope.deals("q", sql)
            + " union all select 'ORDER', so.id, so.created_at, 'Order ' || so.number,"
            + " so.status from sales_order so where so.account_id = "
            + account
            + " and "
            + scope.deals("so", sql)
            + " union all select 'PAYMENT', p.id, p.created_at, 'Payment on ' || so.number,"
            + " p.method || ' ' || trim_scale(p.amount)::text || ' ' || p.currency"
            + " from payment p join sales_order so on so.id = p.order_id"
            + " where so.account_id = "
            + account
            + " and "
            + scope.deals("so", sql)
            + ") e";
    Keyset key = new Keyset("e.at", "timestamptz", true, "e.id");
    return accounts
        .find(c, scope, accountId)
        .chain(() -> key.fetch(c, sql, "e.*", union, List.of(), first, after, TimelineEntry::of));
  }
}
