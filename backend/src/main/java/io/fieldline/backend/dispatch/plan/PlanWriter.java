package io.fieldline.backend.dispatch.plan;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Writes one plan change to the visits and work orders (the caller locked and checked them, in its
 * transaction): a new visit for a work order, a visit moved to another technician or time (its
 * arrival window moves with it), or a visit ended (cancelled) with its work order open again.
 */
public final class PlanWriter {
  /** Half-width of the arrival window given for a new visit. */
  public static final long NEW_WINDOW_MINUTES = 60;

  private PlanWriter() {}

  /** Inserts the visit of an ASSIGN change; answers its id. */
  public static Uni<UUID> assign(SqlConnection c, PlanChange change, UUID actor) {
    UUID id = UUID.randomUUID();
    OffsetDateTime start = at(change.newStart());
    return c.preparedQuery(
            "insert into visit (id, kind, account_id, site_id, work_order_id, assignee_user_id,"
                + " scheduled_start, duration_minutes, arrival_window_start, arrival_window_end,"
                + " status, created_by) select $1, 'SERVICE', w.account_id, w.site_id, w.id, $3,"
                + " $4, $5, $6, $7, 'SCHEDULED', $8 from work_order w where w.id = $2")
        .execute(
            Tuple.tuple()
                .addUUID(id)
                .addUUID(UUID.fromString(change.workOrderId()))
                .addUUID(UUID.fromString(change.toTechnicianId()))
                .addOffsetDateTime(start)
                .addInteger(Math.max(5, change.durationMinutes()))
                .addOffsetDateTime(start.minusMinutes(NEW_WINDOW_MINUTES))
                .addOffsetDateTime(start.plusMinutes(NEW_WINDOW_MINUTES))
                .addUUID(actor))
        .chain(() -> transition(c, id, null, "SCHEDULED", null, actor))
        .chain(() -> workOrder(c, UUID.fromString(change.workOrderId()), "SCHEDULED"))
        .replaceWith(id);
  }

  /** Moves a visit to the change's technician and start; the window keeps its width. */
  public static Uni<Void> move(SqlConnection c, PlanChange change) {
    OffsetDateTime from = at(change.oldStart());
    OffsetDateTime to = at(change.newStart());
    long shiftSeconds = to.toEpochSecond() - from.toEpochSecond();
    return c.preparedQuery(
            "update visit set assignee_user_id = $2, scheduled_start = $3,"
                + " arrival_window_start = arrival_window_start + make_interval(secs => $4),"
                + " arrival_window_end = arrival_window_end + make_interval(secs => $4),"
                + " updated_at = now(), version = version + 1 where id = $1")
        .execute(
            Tuple.of(
                UUID.fromString(change.visitId()),
                UUID.fromString(change.toTechnicianId()),
                to,
                (double) shiftSeconds))
        .replaceWithVoid();
  }

  /** Cancels the visit (UNASSIGN or CANCEL) and opens its work order again. */
  public static Uni<Void> end(
      SqlConnection c, PlanChange change, String fromStatus, String reason, UUID actor) {
    UUID visit = UUID.fromString(change.visitId());
    return c.preparedQuery(
            "update visit set status = 'CANCELLED', status_reason = $2, status_changed_at = now(),"
                + " updated_at = now(), version = version + 1 where id = $1")
        .execute(Tuple.of(visit, reason))
        .chain(() -> transition(c, visit, fromStatus, "CANCELLED", reason, actor))
        .chain(() -> workOrder(c, UUID.fromString(change.workOrderId()), "OPEN"));
  }

  private static Uni<Void> workOrder(SqlConnection c, UUID id, String status) {
    return c.preparedQuery(
            "update work_order set status = $2, updated_at = now(), version = version + 1"
                + " where id = $1")
        .execute(Tuple.of(id, status))
        .replaceWithVoid();
  }

  private static Uni<Void> transition(
      SqlConnection c, UUID visit, String from, String to, String reason, UUID actor) {
    return c.preparedQuery(
            "insert into visit_transition (id, visit_id, from_status, to_status, reason,"
                + " actor_user_id) values ($1, $2, $3, $4, $5, $6)")
        .execute(Tuple.of(UUID.randomUUID(), visit, from, to, reason, actor))
        .replaceWithVoid();
  }

  private static OffsetDateTime at(String instant) {
    return OffsetDateTime.parse(instant.endsWith("Z") ? instant : instant)
        .withOffsetSameInstant(ZoneOffset.UTC);
  }
}
