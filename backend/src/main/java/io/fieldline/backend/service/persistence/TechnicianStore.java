package io.fieldline.backend.service.persistence;

import io.fieldline.backend.service.AbsenceKind;
import io.fieldline.backend.service.Technician;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Reads technicians for the service rules; call inside a tenant transaction. */
@ApplicationScoped
public class TechnicianStore {

  /** The technician profile of {@code userId} with skills, or null when the user has none. */
  public Uni<Technician> find(SqlConnection c, UUID userId) {
    return c.preparedQuery(
            "select t.*, coalesce((select json_object_agg(s.skill_code, s.level)"
                + " from technician_skill s where s.technician_id = t.user_id), '{}') as skills"
                + " from technician t where t.user_id = $1")
        .execute(Tuple.of(userId))
        .map(
            rows ->
                Rows.first(
                    rows,
                    r -> {
                      Map<String, Integer> skills = new HashMap<>();
                      r.getJsonObject("skills")
                          .forEach(e -> skills.put(e.getKey(), ((Number) e.getValue()).intValue()));
                      return new Technician(
                          r.getUUID("user_id"),
                          r.getUUID("territory_id"),
                          r.getUUID("van_location_id"),
                          r.getBoolean("active"),
                          skills);
                    }));
  }

  /** The kind of an absence of the technician overlapping [from, to), or null when none does. */
  public Uni<AbsenceKind> absenceDuring(
      SqlConnection c, UUID technicianId, OffsetDateTime from, OffsetDateTime to) {
    return c.preparedQuery(
            "select kind from technician_absence where technician_id = $1"
                + " and starts_at < $3 and ends_at > $2 order by starts_at limit 1")
        .execute(Tuple.of(technicianId, from, to))
        .map(rows -> Rows.first(rows, r -> Rows.enumOf(AbsenceKind.class, r, "kind")));
  }
}
