package io.fieldline.backend.service.graphql.read;

import io.fieldline.backend.service.CaseChannel;
import io.fieldline.backend.service.CaseSeverity;
import io.fieldline.backend.service.CaseStatus;
import io.fieldline.backend.service.VisitKind;
import io.fieldline.backend.service.VisitStatus;
import io.fieldline.backend.service.WorkOrderOrigin;
import io.fieldline.backend.service.WorkOrderPriority;
import io.fieldline.backend.service.WorkOrderStatus;
import io.fieldline.backend.service.WorkOrderType;
import io.fieldline.backend.service.graphql.view.AssetView;
import io.fieldline.backend.service.graphql.view.CaseView;
import io.fieldline.backend.service.graphql.view.ContactRef;
import io.fieldline.backend.service.graphql.view.CustomerRef;
import io.fieldline.backend.service.graphql.view.PersonRef;
import io.fieldline.backend.service.graphql.view.ProductRef;
import io.fieldline.backend.service.graphql.view.SiteRef;
import io.fieldline.backend.service.graphql.view.TechnicianView;
import io.fieldline.backend.service.graphql.view.VisitView;
import io.fieldline.backend.service.graphql.view.WorkOrderView;
import io.fieldline.backend.service.persistence.Rows;
import io.vertx.mutiny.sqlclient.Row;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Maps rows of the core field-service tables to their GraphQL views. */
public final class ViewRows {
  private ViewRows() {}

  public static VisitView visit(Row r) {
    return new VisitView(
        r.getUUID("id"),
        Rows.enumOf(VisitKind.class, r, "kind"),
        Rows.enumOf(VisitStatus.class, r, "status"),
        r.getString("status_reason"),
        r.getOffsetDateTime("status_changed_at"),
        r.getUUID("account_id"),
        r.getUUID("site_id"),
        r.getUUID("work_order_id"),
        r.getUUID("opportunity_id"),
        r.getUUID("assignee_user_id"),
        r.getOffsetDateTime("scheduled_start"),
        r.getInteger("duration_minutes"),
        r.getOffsetDateTime("arrival_window_start"),
        r.getOffsetDateTime("arrival_window_end"),
        r.getLong("version").intValue());
  }

  public static WorkOrderView workOrder(Row r) {
    return new WorkOrderView(
        r.getUUID("id"),
        r.getString("number"),
        r.getUUID("account_id"),
        r.getUUID("site_id"),
        r.getUUID("asset_id"),
        Rows.enumOf(WorkOrderType.class, r, "type"),
        Rows.enumOf(WorkOrderPriority.class, r, "priority"),
        Rows.enumOf(WorkOrderStatus.class, r, "status"),
        Rows.enumOf(WorkOrderOrigin.class, r, "origin"),
        r.getString("title"),
        r.getString("description"),
        r.getOffsetDateTime("sla_due_at"),
        r.getOffsetDateTime("sla_risk_flagged_at"),
        r.getInteger("estimated_minutes"),
        r.getUUID("preferred_technician_id"),
        r.getUUID("case_id"),
        r.getUUID("maintenance_plan_id"),
        r.getLocalDate("plan_occurrence"),
        r.getUUID("origin_visit_id"),
        r.getUUID("checklist_template_id"),
        r.getString("cancel_reason"),
        r.getOffsetDateTime("completed_at"),
        r.getOffsetDateTime("created_at"));
  }

  public static CaseView serviceCase(Row r) {
    return new CaseView(
        r.getUUID("id"),
        r.getString("number"),
        r.getUUID("account_id"),
        r.getUUID("site_id"),
        r.getUUID("contact_id"),
        Rows.enumOf(CaseChannel.class, r, "channel"),
        r.getString("category"),
        Rows.enumOf(CaseSeverity.class, r, "severity"),
        r.getString("subject"),
        r.getString("description"),
        r.getOffsetDateTime("sla_due_at"),
        Rows.enumOf(CaseStatus.class, r, "status"),
        r.getString("resolution"),
        r.getOffsetDateTime("resolved_at"),
        r.getOffsetDateTime("created_at"));
  }

  public static AssetView asset(Row r) {
    LocalDate warranty = r.getLocalDate("warranty_ends_on");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return new AssetView(
        r.getUUID("id"),
        r.getUUID("account_id"),
        r.getUUID("site_id"),
        r.getUUID("product_id"),
        r.getString("serial_number"),
        r.getString("model"),
        r.getString("manufacturer"),
        r.getLocalDate("installed_on"),
        warranty,
        warranty != null && !today.isAfter(warranty));
  }

  public static TechnicianView technician(Row r) {
    return new TechnicianView(
        r.getUUID("user_id"),
        r.getString("display_name"),
        r.getString("email"),
        r.getUUID("territory_id"),
        r.getDouble("home_latitude"),
        r.getDouble("home_longitude"),
        r.getUUID("van_location_id"),
        r.getBoolean("active"));
  }

  public static CustomerRef customer(Row r) {
    return new CustomerRef(
        r.getUUID("id"),
        r.getString("name"),
        r.getString("legal_name"),
        r.getString("value_grade"),
        r.getUUID("territory_id"));
  }

  public static SiteRef site(Row r) {
    return new SiteRef(
        r.getUUID("id"),
        r.getString("name"),
        r.getString("street"),
        r.getString("city"),
        r.getString("postal_code"),
        r.getString("country"),
        r.getDouble("latitude"),
        r.getDouble("longitude"));
  }

  public static ContactRef contact(Row r) {
    return new ContactRef(
        r.getUUID("id"),
        r.getString("first_name"),
        r.getString("last_name"),
        r.getString("role"),
        r.getString("email"),
        r.getString("phone"),
        r.getBoolean("is_primary"));
  }

  public static PersonRef person(Row r) {
    return new PersonRef(r.getUUID("id"), r.getString("display_name"));
  }

  /** A product from columns prefixed {@code p_} (product_id, p_sku, p_name, p_unit). */
  public static ProductRef product(Row r) {
    return new ProductRef(
        r.getUUID("product_id"),
        r.getString("p_sku"),
        r.getString("p_name"),
        r.getString("p_unit"));
  }
}
