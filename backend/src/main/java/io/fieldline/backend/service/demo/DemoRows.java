package io.fieldline.backend.service.demo;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects demo rows per table and writes them with one batched insert per table, in foreign-key
 * order (and, within a table, in the order added: stock arrives in a van before it is used).
 */
final class DemoRows {
  /** Table -> column list, in the order tables are written. */
  private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put("app_user", "id, tenant_id, email, display_name");
    COLUMNS.put("user_role", "tenant_id, user_id, role");
    COLUMNS.put("user_territory", "tenant_id, user_id, territory_id");
    COLUMNS.put("skill", "id, code, name");
    COLUMNS.put("stock_location", "id, kind, name");
    COLUMNS.put(
        "technician", "user_id, territory_id, home_latitude, home_longitude, van_location_id");
    COLUMNS.put("technician_skill", "technician_id, skill_code, level");
    COLUMNS.put("technician_working_hours", "technician_id, weekday, starts, ends");
    COLUMNS.put("technician_shift", "id, technician_id, starts_at, ends_at");
    COLUMNS.put("technician_absence", "id, technician_id, kind, starts_at, ends_at, note");
    COLUMNS.put("product_line", "id, code, name");
    COLUMNS.put("product", "id, product_line_id, sku, name, unit, kind");
    COLUMNS.put("account", "id, name, legal_name, industry, value_grade, lifecycle, territory_id");
    COLUMNS.put(
        "site", "id, account_id, name, street, city, postal_code, country, latitude, longitude");
    COLUMNS.put("contact", "id, account_id, first_name, last_name, role, email, phone, is_primary");
    COLUMNS.put(
        "asset",
        "id, account_id, site_id, serial_number, model, manufacturer, installed_on,"
            + " warranty_ends_on");
    COLUMNS.put("checklist_template", "id, work_order_type, version, name");
    COLUMNS.put(
        "checklist_item", "template_id, code, position, label, answer_kind, choices, required");
    COLUMNS.put(
        "service_case",
        "id, account_id, site_id, channel, category, severity, subject, description, sla_due_at,"
            + " status, resolution, resolved_at, created_at");
    COLUMNS.put(
        "maintenance_plan",
        "id, name, account_id, site_id, asset_id, work_order_type, interval_months, first_due_on,"
            + " lead_days, sla_days, estimated_minutes");
    COLUMNS.put("maintenance_plan_skill", "plan_id, skill_code, min_level");
    COLUMNS.put(
        "work_order",
        "id, account_id, site_id, asset_id, type, priority, title, description, sla_due_at,"
            + " estimated_minutes, preferred_technician_id, status, origin, case_id,"
            + " maintenance_plan_id, plan_occurrence, checklist_template_id, completed_at,"
            + " created_at");
    COLUMNS.put("work_order_skill", "work_order_id, skill_code, min_level");
    COLUMNS.put(
        "visit",
        "id, kind, account_id, site_id, work_order_id, assignee_user_id, scheduled_start,"
            + " duration_minutes, arrival_window_start, arrival_window_end, status, status_reason,"
            + " status_changed_at");
    COLUMNS.put(
        "visit_transition", "id, visit_id, from_status, to_status, reason, at, actor_user_id");
    COLUMNS.put(
        "visit_evidence",
        "id, visit_id, kind, recorded_at, latitude, longitude, accuracy_m, received_at,"
            + " actor_user_id");
    COLUMNS.put("visit_report", "id, visit_id, checklist_template_id, notes, updated_at");
    COLUMNS.put(
        "checklist_answer", "report_id, template_id, item_code, value, answered_at, answered_by");
    COLUMNS.put("time_entry", "id, report_id, kind, started_at, stopped_at");
    COLUMNS.put(
        "report_attachment",
        "id, report_id, kind, storage_ref, content_sha256, size_bytes, media_type, caption,"
            + " created_by, created_at");
    COLUMNS.put(
        "report_signature",
        "id, report_id, signer_name, signed_at, image_ref, image_sha256, report_sha256,"
            + " recorded_by, recorded_at");
    COLUMNS.put(
        "stock_movement",
        "id, location_id, product_id, kind, quantity, visit_id, note, actor_user_id, created_at");
    COLUMNS.put(
        "visit_survey",
        "id, visit_id, technician_user_id, scale, score, comment, received_at, recorded_by");
  }

  private final Map<String, List<Tuple>> rows = new LinkedHashMap<>();

  void add(String table, Object... values) {
    String columns = COLUMNS.get(table);
    if (columns == null || columns.split(",").length != values.length) {
      throw new IllegalArgumentException("Demo row does not fit " + table);
    }
    rows.computeIfAbsent(table, t -> new ArrayList<>()).add(Tuple.from(values));
  }

  int count(String table) {
    return rows.getOrDefault(table, List.of()).size();
  }

  Uni<Void> write(SqlConnection c) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (Map.Entry<String, String> table : COLUMNS.entrySet()) {
      List<Tuple> batch = rows.get(table.getKey());
      if (batch == null || batch.isEmpty()) {
        continue;
      }
      String sql = insert(table.getKey(), table.getValue());
      chain = chain.chain(() -> c.preparedQuery(sql).executeBatch(batch).replaceWithVoid());
    }
    return chain;
  }

  private static String insert(String table, String columns) {
    int n = columns.split(",").length;
    StringBuilder values = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      values.append(i == 1 ? "" : ", ").append('$').append(i);
    }
    return "insert into " + table + " (" + columns + ") values (" + values + ")";
  }
}
