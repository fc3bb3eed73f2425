package io.fieldline.backend.service.persistence;

import io.fieldline.backend.service.ChecklistAnswerKind;
import io.fieldline.backend.service.ChecklistItem;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Checklist template items and a report's answers; call inside a tenant transaction. */
@ApplicationScoped
public class ChecklistStore {

  public Uni<List<ChecklistItem>> items(SqlConnection c, UUID templateId) {
    return c.preparedQuery("select * from checklist_item where template_id = $1 order by position")
        .execute(Tuple.of(templateId))
        .map(rows -> Rows.map(rows, ChecklistStore::item));
  }

  /** Writes (or overwrites) answers by item code; values already normalised. */
  public Uni<Void> answer(
      SqlConnection c, UUID reportId, UUID templateId, Map<String, String> answers, UUID actor) {
    List<Tuple> batch = new ArrayList<>();
    answers.forEach((code, value) -> batch.add(Tuple.of(reportId, templateId, code, value, actor)));
    return c.preparedQuery(
            "insert into checklist_answer (report_id, template_id, item_code, value, answered_by)"
                + " values ($1, $2, $3, $4, $5) on conflict (tenant_id, report_id, item_code)"
                + " do update set value = excluded.value, answered_at = now(),"
                + " answered_by = excluded.answered_by")
        .executeBatch(batch)
        .replaceWithVoid();
  }

  /** Codes of required items of the template without an answer in the report, in order. */
  public Uni<List<String>> unanswered(SqlConnection c, UUID reportId, UUID templateId) {
    return c.preparedQuery(
            "select i.code from checklist_item i where i.template_id = $2 and i.required"
                + " and not exists (select 1 from checklist_answer a where a.report_id = $1"
                + " and a.item_code = i.code) order by i.position")
        .execute(Tuple.of(reportId, templateId))
        .map(rows -> Rows.map(rows, r -> r.getString("code")));
  }

  public static ChecklistItem item(Row r) {
    return new ChecklistItem(
        r.getString("code"),
        r.getInteger("position"),
        r.getString("label"),
        Rows.enumOf(ChecklistAnswerKind.class, r, "answer_kind"),
        Arrays.asList(r.getArrayOfStrings("choices")),
        r.getBoolean("required"));
  }
}
