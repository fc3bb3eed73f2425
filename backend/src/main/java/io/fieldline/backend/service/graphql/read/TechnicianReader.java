package io.fieldline.backend.service.graphql.read;

import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.graphql.view.AbsenceView;
import io.fieldline.backend.service.graphql.view.ShiftView;
import io.fieldline.backend.service.graphql.view.SkillLevelView;
import io.fieldline.backend.service.graphql.view.TechnicianView;
import io.fieldline.backend.service.graphql.view.WorkingHoursView;
import io.fieldline.backend.service.persistence.Rows;
import io.fieldline.backend.service.persistence.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Reads technicians in the caller's scope, with skills, hours, shifts and absences. */
@ApplicationScoped
public class TechnicianReader {
  private static final String SELECT =
      "select t.*, u.display_name, u.email from technician t join app_user u on u.id = t.user_id"
          + " where true";

  public Uni<TechnicianView> find(SqlConnection c, ServiceScope scope, UUID userId) {
    return ScopeSql.technicians(new Sql(SELECT).and("t.user_id = ?", userId), scope)
        .run(c)
        .map(rows -> Rows.first(rows, ViewRows::technician));
  }

  /** Technicians the caller sees, optionally of one territory (and those below it), by name. */
  public Uni<List<TechnicianView>> list(
      SqlConnection c, ServiceScope scope, UUID territoryId, String skillCode) {
    Sql q = ScopeSql.technicians(new Sql(SELECT), scope);
    if (territoryId != null) {
      q.and(
          "t.territory_id in (with recursive sub(id) as (select ?::uuid union"
              + " select x.id from territory x join sub on x.parent_id = sub.id) select id from sub)",
          territoryId);
    }
    if (skillCode != null) {
      q.and(
          "exists (select 1 from technician_skill s where s.technician_id = t.user_id"
              + " and s.skill_code = ?)",
          skillCode);
    }
    return q.add(" order by u.display_name, t.user_id")
        .run(c)
        .map(rows -> Rows.map(rows, ViewRows::technician));
  }

  public Uni<List<List<SkillLevelView>>> skills(SqlConnection c, List<UUID> technicianIds) {
    return Batch.many(
        c,
        "select ts.technician_id, ts.skill_code, s.name, ts.level from technician_skill ts"
            + " join skill s on s.code = ts.skill_code where ts.technician_id = any($1)"
            + " order by ts.skill_code",
        technicianIds,
        "technician_id",
        r ->
            new SkillLevelView(
                r.getString("skill_code"), r.getString("name"), r.getInteger("level")));
  }

  public Uni<List<List<WorkingHoursView>>> hours(SqlConnection c, List<UUID> technicianIds) {
    return Batch.many(
        c,
        "select * from technician_working_hours where technician_id = any($1) order by weekday",
        technicianIds,
        "technician_id",
        r ->
            new WorkingHoursView(
                r.getInteger("weekday"), r.getLocalTime("starts"), r.getLocalTime("ends")));
  }

  public Uni<List<List<ShiftView>>> shifts(
      SqlConnection c, List<UUID> technicianIds, OffsetDateTime from, OffsetDateTime to) {
    return Batch.many(
        c,
        "select * from technician_shift where technician_id = any($1) and starts_at < $3"
            + " and ends_at > $2 order by starts_at",
        technicianIds,
        "technician_id",
        ReportRows::shift,
        from,
        to);
  }

  public Uni<List<List<AbsenceView>>> absences(
      SqlConnection c, List<UUID> technicianIds, OffsetDateTime from, OffsetDateTime to) {
    return Batch.many(
        c,
        "select * from technician_absence where technician_id = any($1) and starts_at < $3"
            + " and ends_at > $2 order by starts_at",
        technicianIds,
        "technician_id",
        ReportRows::absence,
        from,
        to);
  }
}
