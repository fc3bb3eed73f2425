package io.fieldline.backend.service.persistence;

import io.fieldline.backend.service.EvidenceKind;
import io.fieldline.backend.service.GeoEvidence;
import io.fieldline.backend.service.Schedule;
import io.fieldline.backend.service.Visit;
import io.fieldline.backend.service.VisitKind;
import io.fieldline.backend.service.VisitStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Writes visits, their status history and their evidence; call inside a tenant transaction. */
@ApplicationScoped
public class VisitStore {
  private static final String LOCK =
      "select v.*, a.territory_id from visit v join account a on a.id = v.account_id"
          + " where v.id = $1 for update of v";

  /** The visit, locked for this transaction, or null when it is not in the tenant. */
  public Uni<Visit> lock(SqlConnection c, UUID id) {
    return c.preparedQuery(LOCK)
        .execute(Tuple.of(id))
        .map(rows -> Rows.first(rows, VisitStore::of));
  }

  public Uni<Void> insert(SqlConnection c, Visit v, UUID actor) {
    Schedule s = v.schedule();
    return new Sql(
            "insert into visit (id, kind, account_id, site_id, work_order_id, opportunity_id,"
                + " assignee_user_id, scheduled_start, duration_minutes, arrival_window_start,"
                + " arrival_window_end, status, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            v.id(),
            v.kind().name(),
            v.accountId(),
            v.siteId(),
            v.workOrderId(),
            v.opportunityId(),
            v.assigneeId(),
            s.start(),
            s.durationMinutes(),
            s.windowStart(),
            s.windowEnd(),
            v.status().name(),
            actor)
        .run(c)
        .chain(() -> appendTransition(c, v.id(), null, v.status(), null, actor));
  }

  /** Moves the visit to {@code to} (the caller checked the state machine) and records it. */
  public Uni<Void> move(SqlConnection c, Visit v, VisitStatus to, String reason, UUID actor) {
    return c.preparedQuery(
            "update visit set status = $2, status_reason = $3, status_changed_at = now(),"
                + " updated_at = now(), version = version + 1 where id = $1")
        .execute(Tuple.of(v.id(), to.name(), reason))
        .chain(() -> appendTransition(c, v.id(), v.status(), to, reason, actor));
  }

  public Uni<Void> reschedule(SqlConnection c, UUID id, Schedule s) {
    return c.preparedQuery(
            "update visit set scheduled_start = $2, duration_minutes = $3,"
                + " arrival_window_start = $4, arrival_window_end = $5, updated_at = now(),"
                + " version = version + 1 where id = $1")
        .execute(Tuple.of(id, s.start(), s.durationMinutes(), s.windowStart(), s.windowEnd()))
        .replaceWithVoid();
  }

  public Uni<Void> reassign(SqlConnection c, UUID id, UUID assignee) {
    return c.preparedQuery(
            "update visit set assignee_user_id = $2, updated_at = now(), version = version + 1"
                + " where id = $1")
        .execute(Tuple.of(id, assignee))
        .replaceWithVoid();
  }

  public Uni<Void> appendEvidence(
      SqlConnection c, UUID visitId, EvidenceKind kind, GeoEvidence e, UUID actor) {
    return new Sql(
            "insert into visit_evidence (id, visit_id, kind, recorded_at, latitude, longitude,"
                + " accuracy_m, actor_user_id) values (?, ?, ?, ?, ?, ?, ?, ?)",
            UUID.randomUUID(),
            visitId,
            kind.name(),
            e.recordedAt(),
            e.latitude(),
            e.longitude(),
            e.accuracyMeters(),
            actor)
        .run(c)
        .replaceWithVoid();
  }

  private Uni<Void> appendTransition(
      SqlConnection c, UUID visitId, VisitStatus from, VisitStatus to, String reason, UUID actor) {
    return new Sql(
            "insert into visit_transition (id, visit_id, from_status, to_status, reason,"
                + " actor_user_id) values (?, ?, ?, ?, ?, ?)",
            UUID.randomUUID(),
            visitId,
            Rows.name(from),
            to.name(),
            reason,
            actor)
        .run(c)
        .replaceWithVoid();
  }

  static Visit of(Row r) {
    return new Visit(
        r.getUUID("id"),
        Rows.enumOf(VisitKind.class, r, "kind"),
        Rows.enumOf(VisitStatus.class, r, "status"),
        r.getUUID("account_id"),
        r.getUUID("site_id"),
        r.getUUID("territory_id"),
        r.getUUID("work_order_id"),
        r.getUUID("opportunity_id"),
        r.getUUID("assignee_user_id"),
        new Schedule(
            r.getOffsetDateTime("scheduled_start"),
            r.getInteger("duration_minutes"),
            r.getOffsetDateTime("arrival_window_start"),
            r.getOffsetDateTime("arrival_window_end")),
        r.getLong("version"));
  }
}
