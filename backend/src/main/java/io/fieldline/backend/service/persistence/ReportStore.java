package io.fieldline.backend.service.persistence;

import io.fieldline.backend.service.FollowUpKind;
import io.fieldline.backend.service.TimeEntryKind;
import io.fieldline.backend.service.Visit;
import io.fieldline.backend.service.WorkOrderType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Writes visit reports: the report row (created on first edit, with the work order's checklist
 * template), notes, time entries, follow-up and signature. Call inside a tenant transaction, with
 * the visit locked.
 */
@ApplicationScoped
public class ReportStore {
  private static final String STATE =
      "select r.id, r.checklist_template_id, r.follow_up_kind, r.follow_up_note,"
          + " r.follow_up_work_order_type,"
          + " exists (select 1 from report_signature s where s.report_id = r.id) as signed"
          + " from visit_report r where r.visit_id = $1";

  /** The visit's report, or null when nothing was reported yet. */
  public Uni<ReportState> find(SqlConnection c, UUID visitId) {
    return c.preparedQuery(STATE)
        .execute(Tuple.of(visitId))
        .map(rows -> Rows.first(rows, ReportStore::state));
  }

  /** The visit's report, created now if there is none. */
  public Uni<ReportState> ensure(SqlConnection c, Visit v) {
    return c.preparedQuery(
            "insert into visit_report (id, visit_id, checklist_template_id) values ($1, $2,"
                + " (select checklist_template_id from work_order where id = $3))"
                + " on conflict (tenant_id, visit_id) do nothing")
        .execute(Tuple.of(UUID.randomUUID(), v.id(), v.workOrderId()))
        .chain(() -> find(c, v.id()));
  }

  /** Records that the report changed. */
  public Uni<Void> touch(SqlConnection c, UUID reportId) {
    return update(c, "updated_at = now(), version = version + 1", reportId);
  }

  public Uni<Void> setNotes(SqlConnection c, UUID reportId, String notes) {
    return c.preparedQuery(
            "update visit_report set notes = $2, updated_at = now(), version = version + 1"
                + " where id = $1")
        .execute(Tuple.of(reportId, notes))
        .replaceWithVoid();
  }

  public Uni<Void> setFollowUp(
      SqlConnection c, UUID reportId, FollowUpKind kind, String note, WorkOrderType type) {
    return c.preparedQuery(
            "update visit_report set follow_up_kind = $2, follow_up_note = $3,"
                + " follow_up_work_order_type = $4, updated_at = now(), version = version + 1"
                + " where id = $1")
        .execute(Tuple.of(reportId, Rows.name(kind), note, Rows.name(type)))
        .replaceWithVoid();
  }

  /** Links what the follow-up created (one of the two is null). */
  public Uni<Void> linkFollowUp(SqlConnection c, UUID reportId, UUID workOrderId, UUID quoteId) {
    return c.preparedQuery(
            "update visit_report set follow_up_work_order_id = $2,"
                + " follow_up_quote_request_id = $3 where id = $1")
        .execute(Tuple.of(reportId, workOrderId, quoteId))
        .replaceWithVoid();
  }

  /** Starts an entry, stopping the running one at the same instant. */
  public Uni<Void> startEntry(
      SqlConnection c, UUID reportId, TimeEntryKind kind, OffsetDateTime at) {
    return stopRunning(c, reportId, at)
        .chain(
            () ->
                c.preparedQuery(
                        "insert into time_entry (id, report_id, kind, started_at)"
                            + " values ($1, $2, $3, $4)")
                    .execute(Tuple.of(UUID.randomUUID(), reportId, kind.name(), at)))
        .replaceWithVoid();
  }

  /** Stops the running entry at {@code at} (never before it started); the count stopped. */
  public Uni<Integer> stopRunning(SqlConnection c, UUID reportId, OffsetDateTime at) {
    return c.preparedQuery(
            "update time_entry set stopped_at = greatest(started_at, $2)"
                + " where report_id = $1 and stopped_at is null")
        .execute(Tuple.of(reportId, at))
        .map(rows -> rows.rowCount());
  }

  /** Whether a time entry of the report is still running. */
  public Uni<Boolean> hasRunningEntry(SqlConnection c, UUID reportId) {
    return c.preparedQuery("select 1 from time_entry where report_id = $1 and stopped_at is null")
        .execute(Tuple.of(reportId))
        .map(rows -> rows.size() > 0);
  }

  public Uni<Void> sign(
      SqlConnection c,
      UUID reportId,
      String signer,
      OffsetDateTime signedAt,
      String imageRef,
      String imageSha256,
      String reportSha256,
      UUID actor) {
    return new Sql(
            "insert into report_signature (id, report_id, signer_name, signed_at, image_ref,"
                + " image_sha256, report_sha256, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)",
            UUID.randomUUID(),
            reportId,
            signer,
            signedAt,
            imageRef,
            imageSha256,
            reportSha256,
            actor)
        .run(c)
        .chain(() -> touch(c, reportId));
  }

  private static Uni<Void> update(SqlConnection c, String set, UUID reportId) {
    return c.preparedQuery("update visit_report set " + set + " where id = $1")
        .execute(Tuple.of(reportId))
        .replaceWithVoid();
  }

  private static ReportState state(Row r) {
    return new ReportState(
        r.getUUID("id"),
        r.getUUID("checklist_template_id"),
        r.getBoolean("signed"),
        Rows.enumOf(FollowUpKind.class, r, "follow_up_kind"),
        r.getString("follow_up_note"),
        Rows.enumOf(WorkOrderType.class, r, "follow_up_work_order_type"));
  }
}
