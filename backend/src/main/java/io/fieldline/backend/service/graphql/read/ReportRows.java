package io.fieldline.backend.service.graphql.read;

import io.fieldline.backend.service.AbsenceKind;
import io.fieldline.backend.service.AttachmentKind;
import io.fieldline.backend.service.EvidenceKind;
import io.fieldline.backend.service.FollowUpKind;
import io.fieldline.backend.service.StockMovementKind;
import io.fieldline.backend.service.SurveyScale;
import io.fieldline.backend.service.TimeEntryKind;
import io.fieldline.backend.service.VisitStatus;
import io.fieldline.backend.service.WorkOrderType;
import io.fieldline.backend.service.graphql.view.AbsenceView;
import io.fieldline.backend.service.graphql.view.AnswerView;
import io.fieldline.backend.service.graphql.view.AttachmentView;
import io.fieldline.backend.service.graphql.view.EvidenceView;
import io.fieldline.backend.service.graphql.view.PartUsedView;
import io.fieldline.backend.service.graphql.view.ReportView;
import io.fieldline.backend.service.graphql.view.ShiftView;
import io.fieldline.backend.service.graphql.view.SignatureView;
import io.fieldline.backend.service.graphql.view.StockMovementView;
import io.fieldline.backend.service.graphql.view.SurveyView;
import io.fieldline.backend.service.graphql.view.TimeEntryView;
import io.fieldline.backend.service.graphql.view.TransitionView;
import io.fieldline.backend.service.persistence.Rows;
import io.vertx.mutiny.sqlclient.Row;
import java.time.Duration;
import java.time.OffsetDateTime;

/** Maps rows of visit history, reports, stock, surveys and calendars to their GraphQL views. */
public final class ReportRows {
  private ReportRows() {}

  public static TransitionView transition(Row r) {
    return new TransitionView(
        Rows.enumOf(VisitStatus.class, r, "from_status"),
        Rows.enumOf(VisitStatus.class, r, "to_status"),
        r.getString("reason"),
        r.getOffsetDateTime("at"),
        r.getUUID("actor_user_id"));
  }

  public static EvidenceView evidence(Row r) {
    return new EvidenceView(
        r.getUUID("id"),
        Rows.enumOf(EvidenceKind.class, r, "kind"),
        r.getOffsetDateTime("recorded_at"),
        r.getDouble("latitude"),
        r.getDouble("longitude"),
        r.getDouble("accuracy_m"),
        r.getOffsetDateTime("received_at"),
        r.getUUID("actor_user_id"));
  }

  public static ReportView report(Row r) {
    return new ReportView(
        r.getUUID("id"),
        r.getUUID("visit_id"),
        r.getUUID("checklist_template_id"),
        r.getString("notes"),
        Rows.enumOf(FollowUpKind.class, r, "follow_up_kind"),
        r.getString("follow_up_note"),
        Rows.enumOf(WorkOrderType.class, r, "follow_up_work_order_type"),
        r.getUUID("follow_up_work_order_id"),
        r.getUUID("follow_up_quote_request_id"),
        r.getOffsetDateTime("updated_at"),
        r.getLong("version").intValue());
  }

  public static AnswerView answer(Row r) {
    return new AnswerView(
        r.getString("item_code"),
        r.getString("value"),
        r.getOffsetDateTime("answered_at"),
        r.getUUID("answered_by"));
  }

  public static TimeEntryView timeEntry(Row r) {
    OffsetDateTime start = r.getOffsetDateTime("started_at");
    OffsetDateTime stop = r.getOffsetDateTime("stopped_at");
    return new TimeEntryView(
        r.getUUID("id"),
        Rows.enumOf(TimeEntryKind.class, r, "kind"),
        start,
        stop,
        stop == null ? null : (int) Duration.between(start, stop).toMinutes());
  }

  /** A part used; the row holds the movement and its product columns (see ViewRows#product). */
  public static PartUsedView partUsed(Row r) {
    return new PartUsedView(
        r.getUUID("id"),
        ViewRows.product(r),
        r.getBigDecimal("quantity").negate(),
        r.getOffsetDateTime("created_at"));
  }

  public static StockMovementView movement(Row r) {
    return new StockMovementView(
        r.getUUID("id"),
        ViewRows.product(r),
        Rows.enumOf(StockMovementKind.class, r, "kind"),
        r.getBigDecimal("quantity"),
        r.getUUID("visit_id"),
        r.getString("note"),
        r.getUUID("actor_user_id"),
        r.getOffsetDateTime("created_at"));
  }

  public static AttachmentView attachment(Row r) {
    return new AttachmentView(
        r.getUUID("id"),
        Rows.enumOf(AttachmentKind.class, r, "kind"),
        r.getString("storage_ref"),
        r.getString("content_sha256"),
        r.getLong("size_bytes"),
        r.getString("media_type"),
        r.getString("caption"),
        r.getOffsetDateTime("created_at"));
  }

  public static SignatureView signature(Row r) {
    return new SignatureView(
        r.getUUID("id"),
        r.getString("signer_name"),
        r.getOffsetDateTime("signed_at"),
        r.getString("image_ref"),
        r.getString("image_sha256"),
        r.getString("report_sha256"));
  }

  public static SurveyView survey(Row r) {
    return new SurveyView(
        r.getUUID("id"),
        r.getUUID("visit_id"),
        r.getUUID("technician_user_id"),
        Rows.enumOf(SurveyScale.class, r, "scale"),
        r.getInteger("score"),
        r.getString("comment"),
        r.getOffsetDateTime("received_at"));
  }

  public static ShiftView shift(Row r) {
    return new ShiftView(
        r.getUUID("id"), r.getOffsetDateTime("starts_at"), r.getOffsetDateTime("ends_at"));
  }

  public static AbsenceView absence(Row r) {
    return new AbsenceView(
        r.getUUID("id"),
        Rows.enumOf(AbsenceKind.class, r, "kind"),
        r.getOffsetDateTime("starts_at"),
        r.getOffsetDateTime("ends_at"),
        r.getString("note"));
  }
}
