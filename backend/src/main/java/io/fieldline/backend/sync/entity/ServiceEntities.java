package io.fieldline.backend.sync.entity;

import static io.fieldline.backend.sync.entity.Column.of;
import static io.fieldline.backend.sync.entity.Column.text;

import io.fieldline.sync.merge.DeleteRule;
import io.fieldline.sync.merge.StateMachine;
import io.fieldline.sync.wire.Operation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The field-service types on technicians' phones (backend/docs/sync.md): visits in the technician
 * window, their reports with time entries, checklist answers, photos and signature, parts used (van
 * stock movements), and read-only work orders, assets and checklist templates.
 */
final class ServiceEntities {

  /** The steps an assignee takes on the phone (the desk's steps happen on the server). */
  static final StateMachine VISIT_STATUS =
      StateMachine.startingAt("SCHEDULED")
          .allow("SCHEDULED")
          .allow("DISPATCHED", "TRAVELING")
          .allow("TRAVELING", "ON_SITE", "INCOMPLETE")
          .allow("ON_SITE", "COMPLETED", "INCOMPLETE")
          .allow("COMPLETED")
          .allow("CANCELLED")
          .allow("INCOMPLETE")
          .build();

  private static final String SHA = "^[0-9a-f]{64}$";

  private static final io.fieldline.sync.merge.RecordRule NO_OTHER_RUNNING =
      DbRules.none(
          "no_other_running_entry",
          "the report has a running time entry already",
          "select 1 from time_entry where report_id = ?::uuid and stopped_at is null and id <> ?",
          "report_id");

  private ServiceEntities() {}

  static List<SyncedEntity> all() {
    return List.of(
        visit(),
        visitReport(),
        timeEntry(),
        checklistAnswer(),
        partUsed(),
        reportAttachment(),
        reportSignature(),
        workOrder(),
        asset(),
        checklistTemplate(),
        checklistItem());
  }

  static Declared visit() {
    return Declared.of("visit", "visit")
        .rule(ScopeRule.TECH_VISIT, "assignee_user_id")
        .server(
            text("kind").required(),
            of("account_id", ColumnType.UUID).required(),
            of("site_id", ColumnType.UUID).required(),
            of("work_order_id", ColumnType.UUID),
            of("assigned_technician_id", ColumnType.UUID).in("assignee_user_id").required(),
            of("scheduled_start", ColumnType.TIMESTAMP).required(),
            of("duration_minutes", ColumnType.NUMBER).required())
        .status(text("status").required(), VISIT_STATUS)
        .device(text("status_reason").maxLength(2000))
        .check(
            DbRules.of(
                "status_reason_matches",
                "status_reason is required exactly when the status is CANCELLED or INCOMPLETE",
                f ->
                    Set.of("CANCELLED", "INCOMPLETE").contains(DbRules.text(f, "status"))
                        == (DbRules.text(f, "status_reason") != null)))
        .devices(Operation.UPDATE)
        .deleteRule(DeleteRule.HOLD)
        .onUpdate("version = version + 1, updated_at = now()")
        .hook(VisitEffects::afterWrite);
  }

  static Declared visitReport() {
    return Declared.of("visit_report", "visit_report")
        .follows("visit", "visit_id")
        .server(of("visit_id", ColumnType.UUID).required())
        .device(
            of("checklist_template_id", ColumnType.UUID),
            text("notes").maxLength(20000),
            text("follow_up_kind").oneOf("WORK_ORDER", "QUOTE_REQUEST"),
            text("follow_up_note").maxLength(2000),
            text("follow_up_work_order_type")
                .oneOf("INSTALLATION", "MAINTENANCE", "REPAIR", "INSPECTION"))
        .references("visit_id", "visit")
        .references("checklist_template_id", "checklist_template")
        .check(
            DbRules.none(
                "visit_id_one_report",
                "the visit has a report already",
                "select 1 from visit_report where visit_id = ?::uuid and id <> ?",
                "visit_id"))
        .check(
            DbRules.of(
                "follow_up_note_matches",
                "follow_up_note is required exactly when follow_up_kind is set",
                f ->
                    (DbRules.text(f, "follow_up_kind") == null)
                        == (DbRules.text(f, "follow_up_note") == null)))
        .devices(Operation.CREATE, Operation.UPDATE)
        .deleteRule(DeleteRule.EDIT_WINS)
        .onUpdate("version = version + 1, updated_at = now()");
  }

  static Declared timeEntry() {
    return Declared.of("time_entry", "time_entry")
        .follows("visit_report", "report_id")
        .server(of("report_id", ColumnType.UUID).required())
        .device(
            text("kind").required().oneOf("TRAVEL", "WORK", "BREAK"),
            of("started_at", ColumnType.TIMESTAMP).required(),
            of("stopped_at", ColumnType.TIMESTAMP))
        .references("report_id", "visit_report")
        .check(
            DbRules.of(
                "stopped_at_after_start",
                "stopped_at must not be before started_at",
                f ->
                    DbRules.text(f, "stopped_at") == null
                        || DbRules.text(f, "started_at") == null
                        || !Instant.parse(DbRules.text(f, "stopped_at"))
                            .isBefore(Instant.parse(DbRules.text(f, "started_at")))))
        .check(
            DbRules.of(
                "one_running_entry",
                "the report has a running time entry already",
                f -> DbRules.text(f, "stopped_at") != null || NO_OTHER_RUNNING.holds().test(f)))
        .devices(Operation.CREATE, Operation.UPDATE);
  }

  static Declared checklistAnswer() {
    return Declared.of("checklist_answer", "checklist_answer")
        .follows("visit_report", "report_id")
        .server(
            of("report_id", ColumnType.UUID).required(),
            of("template_id", ColumnType.UUID).required(),
            text("item_code").required(),
            of("answered_by", ColumnType.UUID).required())
        .device(
            text("value").required().maxLength(2000),
            of("answered_at", ColumnType.TIMESTAMP).required())
        .references("report_id", "visit_report")
        .check(
            DbRules.exists(
                "item_code_in_template",
                "item_code must be an item of the template",
                "select 1 from checklist_item where template_id = ?::uuid and code = ?"
                    + " and ?::uuid is not null",
                "template_id",
                "item_code"))
        .check(
            DbRules.none(
                "item_code_answered_once",
                "the item is answered already in this report",
                "select 1 from checklist_answer where report_id = ?::uuid and item_code = ?"
                    + " and id <> ?",
                "report_id",
                "item_code"))
        .check(DbRules.you("answered_by"))
        .devices(Operation.CREATE, Operation.UPDATE);
  }

  /** Van stock movements; devices record parts used on a visit (negative quantities). */
  static Declared partUsed() {
    return Declared.of("stock_movement", "stock_movement")
        .rule(ScopeRule.TECH_VAN, "location_id")
        .server(
            of("location_id", ColumnType.UUID).required(),
            of("product_id", ColumnType.UUID).required(),
            text("kind").required().oneOf("TRANSFER_IN", "USED_ON_VISIT", "RETURNED", "ADJUSTED"),
            of("quantity", ColumnType.NUMBER).required(),
            of("visit_id", ColumnType.UUID),
            text("note").maxLength(2000),
            of("actor_user_id", ColumnType.UUID))
        .references("visit_id", "visit")
        .references("product_id", "product")
        .check(
            DbRules.of(
                "kind_used_on_visit",
                "devices record parts used on a visit (kind USED_ON_VISIT with a visit_id)",
                f ->
                    "USED_ON_VISIT".equals(DbRules.text(f, "kind"))
                        && DbRules.text(f, "visit_id") != null))
        .check(DbRules.below("quantity", BigDecimal.ZERO))
        .check(
            DbRules.exists(
                "location_id_your_van",
                "location_id must be your van",
                "select 1 from technician where van_location_id = ?::uuid and user_id = ?::uuid"
                    + " and ?::uuid is not null",
                "location_id",
                "actor_user_id"))
        .check(DbRules.you("actor_user_id"))
        .check(
            DbRules.exists(
                "quantity_in_stock",
                "the van does not hold that many",
                "select 1 from (select coalesce(sum(quantity), 0) as on_hand from stock_movement"
                    + " where location_id = ?::uuid and product_id = ?::uuid) s"
                    + " where s.on_hand + ?::numeric >= 0 and ?::uuid is not null",
                "location_id",
                "product_id",
                "quantity"))
        .devices(Operation.CREATE)
        .deleteRule(DeleteRule.DELETE_WINS);
  }

  static Declared reportAttachment() {
    return Declared.of("report_attachment", "report_attachment")
        .follows("visit_report", "report_id")
        .server(
            of("report_id", ColumnType.UUID).required(),
            text("kind").required().oneOf("PHOTO", "DOCUMENT"),
            text("storage_ref").required().maxLength(1000),
            text("content_sha256").required().matching(SHA),
            of("size_bytes", ColumnType.NUMBER).required().between(1, 1e12),
            text("media_type").required().matching("^[a-z]+/[a-z0-9.+-]+$"),
            text("caption").maxLength(500),
            of("created_by", ColumnType.UUID).required())
        .references("report_id", "visit_report")
        .check(DbRules.you("created_by"))
        .check(
            DbRules.none(
                "content_sha256_once",
                "this content is attached to the report already",
                "select 1 from report_attachment where report_id = ?::uuid"
                    + " and content_sha256 = ? and id <> ?",
                "report_id",
                "content_sha256"))
        .devices(Operation.CREATE);
  }

  static Declared reportSignature() {
    return Declared.of("report_signature", "report_signature")
        .follows("visit_report", "report_id")
        .server(
            of("report_id", ColumnType.UUID).required(),
            text("signer_name").required().maxLength(200),
            of("signed_at", ColumnType.TIMESTAMP).required(),
            text("image_ref").required().maxLength(1000),
            text("image_sha256").required().matching(SHA),
            text("report_sha256").required().matching(SHA),
            of("recorded_by", ColumnType.UUID).required())
        .references("report_id", "visit_report")
        .check(DbRules.you("recorded_by"))
        .check(
            DbRules.none(
                "report_id_signed_once",
                "the report is signed already",
                "select 1 from report_signature where report_id = ?::uuid and id <> ?",
                "report_id"))
        .devices(Operation.CREATE);
  }

  static Declared workOrder() {
    return Declared.of("work_order", "work_order")
        .rule(ScopeRule.CARRIED, null)
        .carriedBy("visit", "work_order_id")
        .server(
            text("number"),
            of("account_id", ColumnType.UUID),
            of("site_id", ColumnType.UUID),
            of("asset_id", ColumnType.UUID),
            text("type"),
            text("priority"),
            text("title"),
            text("description"),
            of("sla_due_at", ColumnType.TIMESTAMP),
            of("estimated_minutes", ColumnType.NUMBER),
            text("status"),
            of("checklist_template_id", ColumnType.UUID));
  }

  static Declared asset() {
    return Declared.of("asset", "asset")
        .follows("site", "site_id")
        .server(
            of("account_id", ColumnType.UUID),
            of("site_id", ColumnType.UUID),
            of("product_id", ColumnType.UUID),
            text("serial_number"),
            text("model"),
            text("manufacturer"));
  }

  static Declared checklistTemplate() {
    return Declared.of("checklist_template", "checklist_template")
        .rule(ScopeRule.CARRIED, null)
        .carriedBy("work_order", "checklist_template_id")
        .server(text("work_order_type"), of("version", ColumnType.NUMBER), text("name"));
  }

  static Declared checklistItem() {
    return Declared.of("checklist_item", "checklist_item")
        .follows("checklist_template", "template_id")
        .server(
            of("template_id", ColumnType.UUID),
            text("code"),
            of("position", ColumnType.NUMBER),
            text("label"),
            text("answer_kind"),
            of("required", ColumnType.BOOLEAN));
  }
}
