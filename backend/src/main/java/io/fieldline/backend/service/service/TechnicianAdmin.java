package io.fieldline.backend.service.service;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.service.AbsenceKind;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.persistence.ReferenceStore;
import io.fieldline.backend.service.persistence.Sql;
import io.fieldline.backend.service.persistence.TechnicianStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** The desk keeps technicians' skills, shifts and absences, in the territories it covers. */
@ApplicationScoped
public class TechnicianAdmin {
  private final ServiceDb db;
  private final TechnicianStore technicians;
  private final ReferenceStore refs;

  public TechnicianAdmin(ServiceDb db, TechnicianStore technicians, ReferenceStore refs) {
    this.db = db;
    this.technicians = technicians;
    this.refs = refs;
  }

  /** Sets a skill's level; level 0 removes the skill. */
  public Uni<Void> setSkill(ServiceScope scope, UUID technicianId, String skillCode, int level) {
    if (level < 0 || level > 5) {
      throw ApiException.invalid("level", "level is 0 (remove) to 5");
    }
    if (skillCode == null || !skillCode.matches("[A-Z0-9_-]{1,64}")) {
      throw ApiException.invalid("skillCode", "skill codes are upper-case, e.g. HVAC");
    }
    return covered(
        scope,
        technicianId,
        c ->
            refs.unknownSkills(c, List.of(skillCode))
                .chain(
                    missing -> {
                      if (!missing.isEmpty()) {
                        throw ApiException.invalid("skillCode", "unknown skill " + skillCode);
                      }
                      return level == 0
                          ? new Sql(
                                  "delete from technician_skill where technician_id = ?"
                                      + " and skill_code = ?",
                                  technicianId,
                                  skillCode)
                              .run(c)
                          : new Sql(
                                  "insert into technician_skill (technician_id, skill_code, level)"
                                      + " values (?, ?, ?) on conflict (tenant_id, technician_id,"
                                      + " skill_code) do update set level = excluded.level",
                                  technicianId,
                                  skillCode,
                                  level)
                              .run(c);
                    }));
  }

  public Uni<UUID> addShift(
      ServiceScope scope, UUID technicianId, OffsetDateTime startsAt, OffsetDateTime endsAt) {
    period(startsAt, endsAt);
    if (endsAt.isAfter(startsAt.plusHours(24))) {
      throw ApiException.invalid("endsAt", "a shift lasts at most 24 hours");
    }
    UUID id = UUID.randomUUID();
    return covered(
            scope,
            technicianId,
            c ->
                new Sql(
                        "insert into technician_shift (id, technician_id, starts_at, ends_at)"
                            + " values (?, ?, ?, ?)",
                        id,
                        technicianId,
                        startsAt,
                        endsAt)
                    .run(c))
        .replaceWith(id);
  }

  public Uni<UUID> addAbsence(
      ServiceScope scope,
      UUID technicianId,
      AbsenceKind kind,
      OffsetDateTime startsAt,
      OffsetDateTime endsAt,
      String note) {
    Check.present("kind", kind);
    period(startsAt, endsAt);
    String text = Check.optional("note", note, 2000);
    UUID id = UUID.randomUUID();
    return covered(
            scope,
            technicianId,
            c ->
                new Sql(
                        "insert into technician_absence (id, technician_id, kind, starts_at,"
                            + " ends_at, note) values (?, ?, ?, ?, ?, ?)",
                        id,
                        technicianId,
                        kind.name(),
                        startsAt,
                        endsAt,
                        text)
                    .run(c))
        .replaceWith(id);
  }

  private Uni<Void> covered(
      ServiceScope scope, UUID technicianId, Function<SqlConnection, Uni<?>> work) {
    Check.present("technicianId", technicianId);
    return db.tx(
        scope,
        c ->
            technicians
                .find(c, technicianId)
                .chain(
                    t -> {
                      if (t == null || !scope.covers(t.territoryId())) {
                        throw ApiException.notFound("Technician", technicianId);
                      }
                      return work.apply(c).replaceWithVoid();
                    }));
  }

  private static void period(OffsetDateTime startsAt, OffsetDateTime endsAt) {
    Check.present("startsAt", startsAt);
    Check.present("endsAt", endsAt);
    if (!endsAt.isAfter(startsAt)) {
      throw ApiException.invalid("endsAt", "endsAt must be after startsAt");
    }
  }
}
