package io.fieldline.backend.service.graphql;

import io.fieldline.backend.error.Ids;
import io.fieldline.backend.identity.auth.CurrentUser;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.graphql.read.TechnicianReader;
import io.fieldline.backend.service.graphql.view.TechnicianView;
import io.fieldline.backend.service.service.ServiceDb;
import io.fieldline.backend.service.service.TechnicianAdmin;
import io.smallrye.mutiny.Uni;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * Technicians: the caller themselves, or (desk) those of their territories; the desk keeps skills,
 * shifts and absences.
 */
@GraphQLApi
public class TechnicianApi {
  private final CurrentUser currentUser;
  private final ServiceDb db;
  private final TechnicianReader reader;
  private final TechnicianAdmin admin;

  public TechnicianApi(
      CurrentUser currentUser, ServiceDb db, TechnicianReader reader, TechnicianAdmin admin) {
    this.currentUser = currentUser;
    this.db = db;
    this.reader = reader;
    this.admin = admin;
  }

  @Query("technician")
  @Description("A technician the caller sees (themselves; desk: their territories).")
  public Uni<@NonNull TechnicianView> technician(@Name("id") @Id @NonNull String id) {
    return find(scope(), Ids.parse("id", id));
  }

  @Query("technicians")
  @Description("Technicians the caller sees, optionally within a territory or holding a skill.")
  public Uni<@NonNull List<@NonNull TechnicianView>> technicians(
      @Name("territoryId") @Id String territoryId, @Name("skillCode") String skillCode) {
    ServiceScope scope = scope();
    UUID territory = Inputs.id("territoryId", territoryId);
    return db.tx(scope, c -> reader.list(c, scope, territory, skillCode));
  }

  @Mutation("setTechnicianSkill")
  @Description("Sets a technician's level (1-5) in a skill; level 0 removes the skill.")
  public Uni<@NonNull TechnicianView> setTechnicianSkill(
      @Name("technicianId") @Id @NonNull String technicianId,
      @Name("skillCode") @NonNull String skillCode,
      @Name("level") int level) {
    ServiceScope scope = scope();
    UUID id = Ids.parse("technicianId", technicianId);
    return admin.setSkill(scope, id, skillCode, level).chain(() -> find(scope, id));
  }

  @Mutation("addShift")
  @Description("Plans a shift (at most 24 hours).")
  public Uni<@NonNull TechnicianView> addShift(
      @Name("technicianId") @Id @NonNull String technicianId,
      @Name("startsAt") @NonNull OffsetDateTime startsAt,
      @Name("endsAt") @NonNull OffsetDateTime endsAt) {
    ServiceScope scope = scope();
    UUID id = Ids.parse("technicianId", technicianId);
    return admin.addShift(scope, id, startsAt, endsAt).chain(() -> find(scope, id));
  }

  @Mutation("addAbsence")
  @Description("Records leave, training or sickness; visits cannot be planned into it.")
  public Uni<@NonNull TechnicianView> addAbsence(
      @Name("technicianId") @Id @NonNull String technicianId,
      @Name("input") @NonNull DeskInputs.Absence input) {
    ServiceScope scope = scope();
    UUID id = Ids.parse("technicianId", technicianId);
    return admin
        .addAbsence(scope, id, input.kind(), input.startsAt(), input.endsAt(), input.note())
        .chain(() -> find(scope, id));
  }

  private Uni<TechnicianView> find(ServiceScope scope, UUID id) {
    return Found.orNotFound(db.tx(scope, c -> reader.find(c, scope, id)), "Technician", id);
  }

  private ServiceScope scope() {
    return ServiceScope.of(currentUser.require());
  }
}
