package io.fieldline.backend.service.service;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.service.Schedule;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.SkillRequirement;
import io.fieldline.backend.service.Technician;
import io.fieldline.backend.service.VisitKind;
import io.fieldline.backend.service.persistence.ReferenceStore;
import io.fieldline.backend.service.persistence.TechnicianStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Who may be given a visit: a service visit goes to an active technician the caller plans for,
 * holding every required skill at its level and not absent at that time; a sales call goes to a
 * sales rep.
 */
@ApplicationScoped
public class Assignability {
  private final TechnicianStore technicians;
  private final ReferenceStore refs;

  public Assignability(TechnicianStore technicians, ReferenceStore refs) {
    this.technicians = technicians;
    this.refs = refs;
  }

  public Uni<Void> check(
      SqlConnection c,
      ServiceScope scope,
      VisitKind kind,
      UUID assignee,
      List<SkillRequirement> skills,
      Schedule schedule) {
    if (kind == VisitKind.SALES) {
      return refs.hasRole(c, assignee, "SALES_REP")
          .invoke(
              ok -> {
                if (!ok) {
                  throw ApiException.invalid("assigneeId", "sales calls go to sales reps");
                }
              })
          .replaceWithVoid();
    }
    return technicians
        .find(c, assignee)
        .chain(
            t -> {
              if (t == null || !t.active() || !scope.covers(t.territoryId())) {
                throw ApiException.notFound("Technician", assignee);
              }
              requireSkills(t, skills);
              return notAbsent(c, t.userId(), schedule);
            });
  }

  /** VALIDATION_FAILED when the person is absent during the schedule. */
  public Uni<Void> notAbsent(SqlConnection c, UUID assignee, Schedule schedule) {
    return technicians
        .absenceDuring(c, assignee, schedule.start(), schedule.end())
        .invoke(
            absence -> {
              if (absence != null) {
                throw ApiException.invalid(
                    "assigneeId", "the technician is away (" + absence + ") at that time");
              }
            })
        .replaceWithVoid();
  }

  private static void requireSkills(Technician t, List<SkillRequirement> skills) {
    for (SkillRequirement s : skills) {
      if (!s.metBy(t.skills().get(s.skillCode()))) {
        throw ApiException.invalid(
            "assigneeId",
            "the technician lacks skill " + s.skillCode() + " at level " + s.minLevel());
      }
    }
  }
}
