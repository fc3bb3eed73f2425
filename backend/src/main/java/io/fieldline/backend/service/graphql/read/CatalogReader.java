package io.fieldline.backend.service.graphql.read;

import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.WorkOrderPriority;
import io.fieldline.backend.service.WorkOrderType;
import io.fieldline.backend.service.graphql.view.ChecklistItemView;
import io.fieldline.backend.service.graphql.view.ChecklistTemplateView;
import io.fieldline.backend.service.graphql.view.MaintenancePlanView;
import io.fieldline.backend.service.graphql.view.SkillLevelView;
import io.fieldline.backend.service.persistence.ChecklistStore;
import io.fieldline.backend.service.persistence.Rows;
import io.fieldline.backend.service.persistence.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Reads checklist templates (with items) and maintenance plans (with skills). */
@ApplicationScoped
public class CatalogReader {

  /** Templates by id, in the order asked (null where unknown). */
  public Uni<List<ChecklistTemplateView>> templates(SqlConnection c, List<UUID> ids) {
    return c.preparedQuery(
            "select t.id as tid, t.work_order_type, t.version, t.name, i.* from checklist_template t"
                + " join checklist_item i on i.template_id = t.id where t.id = any($1)"
                + " order by t.id, i.position")
        .execute(Tuple.of(ids.stream().filter(Objects::nonNull).distinct().toArray(UUID[]::new)))
        .map(
            rows -> {
              Map<UUID, ChecklistTemplateView> byId = group(rows);
              List<ChecklistTemplateView> out = new ArrayList<>();
              ids.forEach(id -> out.add(id == null ? null : byId.get(id)));
              return out;
            });
  }

  /** Every version of every template, optionally of one work-order type. */
  public Uni<List<ChecklistTemplateView>> allTemplates(SqlConnection c, WorkOrderType type) {
    return c.preparedQuery(
            "select t.id as tid, t.work_order_type, t.version, t.name, i.* from checklist_template t"
                + " join checklist_item i on i.template_id = t.id"
                + " where $1::text is null or t.work_order_type = $1"
                + " order by t.work_order_type, t.version, i.position")
        .execute(Tuple.of(Rows.name(type)))
        .map(rows -> new ArrayList<>(group(rows).values()));
  }

  /** Plans in the caller's scope, optionally of one account and/or one plan id. */
  public Uni<List<MaintenancePlanView>> plans(
      SqlConnection c, ServiceScope scope, UUID accountId, UUID planId) {
    Sql q =
        new Sql(
            "select p.*, coalesce((select json_agg(json_build_object('code', s.skill_code,"
                + " 'name', k.name, 'level', s.min_level)) from maintenance_plan_skill s join skill k"
                + " on k.code = s.skill_code where s.plan_id = p.id), '[]') as skills"
                + " from maintenance_plan p join account a on a.id = p.account_id where true");
    ScopeSql.cases(q, scope);
    if (accountId != null) {
      q.and("p.account_id = ?", accountId);
    }
    if (planId != null) {
      q.and("p.id = ?", planId);
    }
    return q.add(" order by p.name, p.id").run(c).map(rows -> Rows.map(rows, CatalogReader::plan));
  }

  private static Map<UUID, ChecklistTemplateView> group(Iterable<Row> rows) {
    Map<UUID, Row> heads = new LinkedHashMap<>();
    Map<UUID, List<ChecklistItemView>> items = new HashMap<>();
    for (Row r : rows) {
      UUID id = r.getUUID("tid");
      heads.putIfAbsent(id, r);
      items
          .computeIfAbsent(id, k -> new ArrayList<>())
          .add(ChecklistItemView.of(ChecklistStore.item(r)));
    }
    Map<UUID, ChecklistTemplateView> byId = new LinkedHashMap<>();
    heads.forEach(
        (id, r) ->
            byId.put(
                id,
                new ChecklistTemplateView(
                    id,
                    Rows.enumOf(WorkOrderType.class, r, "work_order_type"),
                    r.getInteger("version"),
                    r.getString("name"),
                    List.copyOf(items.get(id)))));
    return byId;
  }

  private static MaintenancePlanView plan(Row r) {
    List<SkillLevelView> skills = new ArrayList<>();
    r.getJsonArray("skills")
        .forEach(
            o -> {
              var j = (JsonObject) o;
              skills.add(
                  new SkillLevelView(
                      j.getString("code"), j.getString("name"), j.getInteger("level")));
            });
    return new MaintenancePlanView(
        r.getUUID("id"),
        r.getString("name"),
        r.getUUID("account_id"),
        r.getUUID("site_id"),
        r.getUUID("asset_id"),
        Rows.enumOf(WorkOrderType.class, r, "work_order_type"),
        Rows.enumOf(WorkOrderPriority.class, r, "priority"),
        r.getInteger("interval_months"),
        r.getLocalDate("first_due_on"),
        r.getLocalDate("ends_on"),
        r.getInteger("lead_days"),
        r.getInteger("sla_days"),
        r.getInteger("estimated_minutes"),
        r.getBoolean("active"),
        skills);
  }
}
