package io.fieldline.backend.service.service;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.SkillRequirement;
import io.fieldline.backend.service.WorkOrderPriority;
import io.fieldline.backend.service.WorkOrderType;
import io.fieldline.backend.service.persistence.ReferenceStore;
import io.fieldline.backend.service.persistence.Rows;
import io.fieldline.backend.service.persistence.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Maintenance plans and the generator that turns them into work orders ahead of time. The generator
 * is idempotent and race-safe: every occurrence (plan, due date) inserts its work order with ON
 * CONFLICT DO NOTHING against the unique key (tenant, plan, occurrence), so however many runs
 * overlap, each occurrence gets exactly one work order, and only the run that inserted it adds its
 * skills.
 */
@ApplicationScoped
public class MaintenancePlans {
  /** Occurrence k of a plan is due on first_due_on + k * interval_months months. */
  private static final String GENERATE =
      """
      with due as (
        select p.*, (p.first_due_on + make_interval(months => k * p.interval_months))::date as occ
          from maintenance_plan p join account a on a.id = p.account_id
         cross join lateral generate_series(0, 600) k
         where p.active and %s
           and (p.first_due_on + make_interval(months => k * p.interval_months))::date
               <= ?::date + p.lead_days
      ), inserted as (
        insert into work_order (id, account_id, site_id, asset_id, type, priority, title,
                                sla_due_at, estimated_minutes, origin, maintenance_plan_id,
                                plan_occurrence, checklist_template_id, created_by)
        select gen_random_uuid(), d.account_id, d.site_id, d.asset_id, d.work_order_type,
               d.priority, d.name || ' (' || to_char(d.occ, 'YYYY-MM-DD') || ')',
               (d.occ + d.sla_days)::timestamp at time zone 'UTC', d.estimated_minutes,
               'MAINTENANCE_PLAN', d.id, d.occ,
               (select t.id from checklist_template t where t.work_order_type = d.work_order_type
                 order by t.version desc limit 1), ?
          from due d
         where d.ends_on is null or d.occ <= d.ends_on
        on conflict (tenant_id, maintenance_plan_id, plan_occurrence) do nothing
        returning id, maintenance_plan_id
      ), skills as (
        insert into work_order_skill (work_order_id, skill_code, min_level)
        select i.id, s.skill_code, s.min_level
          from inserted i join maintenance_plan_skill s on s.plan_id = i.maintenance_plan_id
      )
      select id from inserted
      """;

  private final ServiceDb db;
  private final ReferenceStore refs;

  public MaintenancePlans(ServiceDb db, ReferenceStore refs) {
    this.db = db;
    this.refs = refs;
  }

  /** A recurring job at a site (optionally for one asset). */
  public record Draft(
      String name,
      UUID accountId,
      UUID siteId,
      UUID assetId,
      WorkOrderType type,
      WorkOrderPriority priority,
      Integer intervalMonths,
      LocalDate firstDueOn,
      LocalDate endsOn,
      Integer leadDays,
      Integer slaDays,
      Integer estimatedMinutes,
      List<SkillRequirement> requiredSkills) {}

  public Uni<UUID> create(ServiceScope scope, Draft d) {
    UUID id = UUID.randomUUID();
    LocalDate first = Check.present("firstDueOn", d.firstDueOn());
    if (d.endsOn() != null && d.endsOn().isBefore(first)) {
      throw ApiException.invalid("endsOn", "endsOn must not be before firstDueOn");
    }
    Sql insert =
        new Sql(
            "insert into maintenance_plan (id, name, account_id, site_id, asset_id,"
                + " work_order_type, priority, interval_months, first_due_on, ends_on, lead_days,"
                + " sla_days, estimated_minutes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            id,
            Check.required("name", d.name(), 200),
            Check.present("accountId", d.accountId()),
            Check.present("siteId", d.siteId()),
            d.assetId(),
            (d.type() == null ? WorkOrderType.MAINTENANCE : d.type()).name(),
            (d.priority() == null ? WorkOrderPriority.NORMAL : d.priority()).name(),
            Check.range("intervalMonths", d.intervalMonths(), 1, 60, 3),
            first,
            d.endsOn(),
            Check.range("leadDays", d.leadDays(), 1, 366, 30),
            Check.range("slaDays", d.slaDays(), 0, 90, 7),
            Check.range("estimatedMinutes", d.estimatedMinutes(), 5, 1440, 60));
    List<Tuple> skills = new ArrayList<>();
    if (d.requiredSkills() != null) {
      d.requiredSkills().forEach(s -> skills.add(Tuple.of(id, s.skillCode(), s.minLevel())));
    }
    return db.tx(
        scope,
        c ->
            refs.accountTerritory(c, d.accountId())
                .chain(
                    territory -> {
                      if (territory == null || !scope.covers(territory)) {
                        throw ApiException.notFound("Account", d.accountId());
                      }
                      return refs.siteOfAccount(c, d.siteId(), d.accountId());
                    })
                .chain(
                    site -> {
                      if (!site) {
                        throw ApiException.notFound("Site", d.siteId());
                      }
                      return d.assetId() == null
                          ? Uni.createFrom().item(true)
                          : refs.assetAtSite(c, d.assetId(), d.siteId());
                    })
                .invoke(
                    asset -> {
                      if (!asset) {
                        throw ApiException.notFound("Asset", d.assetId());
                      }
                    })
                .chain(() -> insert.run(c))
                .chain(
                    () ->
                        skills.isEmpty()
                            ? Uni.createFrom().voidItem()
                            : c.preparedQuery(
                                    "insert into maintenance_plan_skill (plan_id, skill_code,"
                                        + " min_level) values ($1, $2, $3)")
                                .executeBatch(skills)
                                .replaceWithVoid())
                .replaceWith(id));
  }

  /**
   * Creates the work orders of every occurrence due up to {@code asOf} + the plan's lead days, for
   * the plans in the caller's scope; returns the ids this run created.
   */
  public Uni<List<UUID>> generate(ServiceScope scope, LocalDate asOf) {
    if (!scope.plans()) {
      throw new ApiException(ErrorCode.FORBIDDEN, "Only the service desk runs the generator");
    }
    LocalDate day = asOf == null ? Rows.now().toLocalDate() : asOf;
    Sql sql =
        scope.admin()
            ? new Sql(GENERATE.formatted("true"), day, scope.userId())
            : new Sql(
                GENERATE.formatted("a.territory_id = any(?)"),
                scope.territoryArray(),
                day,
                scope.userId());
    return db.tx(scope, c -> sql.run(c).map(rows -> Rows.map(rows, r -> r.getUUID("id"))));
  }
}
