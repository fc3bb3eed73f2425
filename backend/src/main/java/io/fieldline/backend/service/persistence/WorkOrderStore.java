package io.fieldline.backend.service.persistence;

import io.fieldline.backend.service.SkillRequirement;
import io.fieldline.backend.service.WorkOrder;
import io.fieldline.backend.service.WorkOrderPriority;
import io.fieldline.backend.service.WorkOrderStatus;
import io.fieldline.backend.service.WorkOrderType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Writes work orders and their skill requirements; call inside a tenant transaction. */
@ApplicationScoped
public class WorkOrderStore {
  private static final String LOCK =
      "select w.*, a.territory_id from work_order w join account a on a.id = w.account_id"
          + " where w.id = $1 for update of w";

  /** The work order, locked for this transaction, or null when it is not in the tenant. */
  public Uni<WorkOrder> lock(SqlConnection c, UUID id) {
    return c.preparedQuery(LOCK)
        .execute(Tuple.of(id))
        .map(rows -> Rows.first(rows, WorkOrderStore::of));
  }

  /** Inserts a work order from a fully validated draft. */
  public Uni<Void> insert(SqlConnection c, NewWorkOrder w) {
    return new Sql(
            "insert into work_order (id, account_id, site_id, asset_id, type, priority, title,"
                + " description, sla_due_at, estimated_minutes, preferred_technician_id, origin,"
                + " case_id, origin_visit_id, checklist_template_id, created_by) values (?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (select id from checklist_template where"
                + " work_order_type = ? order by version desc limit 1), ?)",
            w.id(),
            w.accountId(),
            w.siteId(),
            w.assetId(),
            w.type().name(),
            w.priority().name(),
            w.title(),
            w.description(),
            w.slaDueAt(),
            w.estimatedMinutes(),
            w.preferredTechnicianId(),
            w.origin().name(),
            w.caseId(),
            w.originVisitId(),
            w.type().name(),
            w.createdBy())
        .run(c)
        .chain(() -> insertSkills(c, w.id(), w.requiredSkills()));
  }

  public Uni<Void> insertSkills(SqlConnection c, UUID workOrderId, List<SkillRequirement> skills) {
    if (skills.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    List<Tuple> batch = new ArrayList<>();
    for (SkillRequirement s : skills) {
      batch.add(Tuple.of(workOrderId, s.skillCode(), s.minLevel()));
    }
    return c.preparedQuery(
            "insert into work_order_skill (work_order_id, skill_code, min_level) values ($1, $2, $3)")
        .executeBatch(batch)
        .replaceWithVoid();
  }

  public Uni<List<SkillRequirement>> skills(SqlConnection c, UUID workOrderId) {
    return c.preparedQuery(
            "select skill_code, min_level from work_order_skill where work_order_id = $1")
        .execute(Tuple.of(workOrderId))
        .map(
            rows ->
                Rows.map(
                    rows,
                    r ->
                        new SkillRequirement(
                            r.getString("skill_code"), r.getInteger("min_level"))));
  }

  public Uni<Void> setStatus(SqlConnection c, UUID id, WorkOrderStatus status) {
    return c.preparedQuery(
            "update work_order set status = $2, updated_at = now(), version = version + 1,"
                + " completed_at = case when $2 = 'COMPLETED' then now() end where id = $1")
        .execute(Tuple.of(id, status.name()))
        .replaceWithVoid();
  }

  public Uni<Void> cancel(SqlConnection c, UUID id, String reason) {
    return c.preparedQuery(
            "update work_order set status = 'CANCELLED', cancel_reason = $2, updated_at = now(),"
                + " version = version + 1 where id = $1")
        .execute(Tuple.of(id, reason))
        .replaceWithVoid();
  }

  /** Marks the SLA as at risk; true only for the call that set the mark (so events go out once). */
  public Uni<Boolean> flagSlaRisk(SqlConnection c, UUID id) {
    return c.preparedQuery(
            "update work_order set sla_risk_flagged_at = now() where id = $1"
                + " and sla_risk_flagged_at is null")
        .execute(Tuple.of(id))
        .map(rows -> rows.rowCount() == 1);
  }

  static WorkOrder of(Row r) {
    return new WorkOrder(
        r.getUUID("id"),
        Rows.enumOf(WorkOrderStatus.class, r, "status"),
        Rows.enumOf(WorkOrderType.class, r, "type"),
        Rows.enumOf(WorkOrderPriority.class, r, "priority"),
        r.getUUID("account_id"),
        r.getUUID("site_id"),
        r.getUUID("territory_id"),
        r.getUUID("asset_id"),
        r.getOffsetDateTime("sla_due_at"),
        r.getInteger("estimated_minutes"),
        r.getUUID("checklist_template_id"),
        r.getOffsetDateTime("sla_risk_flagged_at"));
  }
}
