package io.fieldline.backend.service.persistence;

import io.fieldline.backend.service.AttachmentKind;
import io.fieldline.backend.service.ReportContent;
import io.fieldline.backend.service.TimeEntryKind;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/** Loads everything a report says, in canonical order, for hashing and signing. */
@ApplicationScoped
public class ReportContentStore {
  private static final String HEAD =
      "select notes, follow_up_kind, follow_up_note, follow_up_work_order_type, visit_id"
          + " from visit_report where id = $1";
  private static final String ANSWERS =
      "select item_code, value from checklist_answer where report_id = $1";
  private static final String TIMES =
      "select kind, started_at, stopped_at from time_entry where report_id = $1"
          + " order by started_at, id";
  private static final String PARTS =
      "select m.product_id, -m.quantity as q from stock_movement m join visit_report r"
          + " on r.visit_id = m.visit_id where r.id = $1 and m.kind = 'USED_ON_VISIT'"
          + " order by m.created_at, m.id";
  private static final String FILES =
      "select kind, content_sha256, size_bytes, media_type from report_attachment"
          + " where report_id = $1 order by content_sha256";

  public Uni<ReportContent> load(SqlConnection c, UUID reportId) {
    Tuple id = Tuple.of(reportId);
    return c.preparedQuery(HEAD)
        .execute(id)
        .chain(
            head ->
                c.preparedQuery(ANSWERS)
                    .execute(id)
                    .chain(
                        answers ->
                            c.preparedQuery(TIMES)
                                .execute(id)
                                .chain(
                                    times ->
                                        c.preparedQuery(PARTS)
                                            .execute(id)
                                            .chain(
                                                parts ->
                                                    c.preparedQuery(FILES)
                                                        .execute(id)
                                                        .map(
                                                            files ->
                                                                build(
                                                                    head.iterator().next(),
                                                                    answers,
                                                                    times,
                                                                    parts,
                                                                    files))))));
  }

  private static ReportContent build(
      Row head, RowSet<Row> answers, RowSet<Row> times, RowSet<Row> parts, RowSet<Row> files) {
    TreeMap<String, String> byCode = new TreeMap<>();
    answers.forEach(a -> byCode.put(a.getString("item_code"), a.getString("value")));
    String followUp =
        head.getString("follow_up_kind") == null
            ? null
            : String.join(
                "|",
                head.getString("follow_up_kind"),
                String.valueOf(head.getString("follow_up_work_order_type")),
                head.getString("follow_up_note"));
    List<ReportContent.Time> timeEntries =
        Rows.map(
            times,
            t ->
                new ReportContent.Time(
                    Rows.enumOf(TimeEntryKind.class, t, "kind"),
                    instant(t.getOffsetDateTime("started_at")),
                    instant(t.getOffsetDateTime("stopped_at"))));
    List<ReportContent.Part> used =
        Rows.map(parts, p -> new ReportContent.Part(p.getUUID("product_id"), p.getBigDecimal("q")));
    List<ReportContent.Attachment> attachments =
        Rows.map(
            files,
            f ->
                new ReportContent.Attachment(
                    Rows.enumOf(AttachmentKind.class, f, "kind"),
                    f.getString("content_sha256"),
                    f.getLong("size_bytes"),
                    f.getString("media_type")));
    return new ReportContent(
        head.getString("notes"), byCode, timeEntries, used, attachments, followUp);
  }

  private static Instant instant(OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }
}
