package io.fieldline.backend.service.graphql;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.Ids;
import io.fieldline.backend.identity.auth.CurrentUser;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.graphql.read.StockReader;
import io.fieldline.backend.service.graphql.read.TechnicianReader;
import io.fieldline.backend.service.graphql.read.VisitReader;
import io.fieldline.backend.service.graphql.view.Pages.VisitPage;
import io.fieldline.backend.service.graphql.view.TechnicianDayView;
import io.fieldline.backend.service.graphql.view.VisitView;
import io.fieldline.backend.service.service.ServiceDb;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Visits: one, a filtered page, and a technician's day. */
@GraphQLApi
public class VisitQueries {
  private final CurrentUser currentUser;
  private final ServiceDb db;
  private final VisitReader visits;
  private final TechnicianReader technicians;
  private final StockReader stock;

  public VisitQueries(
      CurrentUser currentUser,
      ServiceDb db,
      VisitReader visits,
      TechnicianReader technicians,
      StockReader stock) {
    this.currentUser = currentUser;
    this.db = db;
    this.visits = visits;
    this.technicians = technicians;
    this.stock = stock;
  }

  @Query("visit")
  @Description("A visit the caller sees: their own, or (desk) one in their territories.")
  public Uni<@NonNull VisitView> visit(@Name("id") @Id @NonNull String id) {
    ServiceScope scope = ServiceScope.of(currentUser.require());
    UUID visitId = Ids.parse("id", id);
    return Found.orNotFound(db.tx(scope, c -> visits.find(c, scope, visitId)), "Visit", visitId);
  }

  @Query("visits")
  @Description("Visits the caller sees, by scheduled start, filtered, one page at a time.")
  public Uni<@NonNull VisitPage> visits(
      @Name("filter") VisitFilter filter,
      @Name("first") Integer first,
      @Name("after") String after) {
    ServiceScope scope = ServiceScope.of(currentUser.require());
    return db.tx(scope, c -> visits.page(c, scope, filter, first, after))
        .map(p -> new VisitPage(p.items(), p.nextCursor(), p.hasMore()));
  }

  @Query("technicianDay")
  @Description(
      "A technician's day (default: the caller's) in a time zone (default UTC): visits with what"
          + " is needed on site, van stock, shifts and absences.")
  public Uni<@NonNull TechnicianDayView> technicianDay(
      @Name("date") @NonNull LocalDate date,
      @Name("technicianId") @Id String technicianId,
      @Name("timeZone") String timeZone) {
    ServiceScope scope = ServiceScope.of(currentUser.require());
    UUID tech = technicianId == null ? scope.userId() : Ids.parse("technicianId", technicianId);
    ZoneId zone = Inputs.zone(timeZone);
    OffsetDateTime from =
        date.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    OffsetDateTime to =
        date.plusDays(1)
            .atStartOfDay(zone)
            .toOffsetDateTime()
            .withOffsetSameInstant(ZoneOffset.UTC);
    return db.tx(
        scope,
        c ->
            technicians
                .find(c, scope, tech)
                .chain(
                    t -> {
                      if (t == null) {
                        throw ApiException.notFound("Technician", tech);
                      }
                      List<UUID> one = List.of(tech);
                      return visits
                          .ofAssignee(c, tech, from, to)
                          .chain(
                              v ->
                                  stock
                                      .levels(c, t.vanLocationId())
                                      .chain(
                                          van ->
                                              technicians
                                                  .shifts(c, one, from, to)
                                                  .chain(
                                                      s ->
                                                          technicians
                                                              .absences(c, one, from, to)
                                                              .map(
                                                                  a ->
                                                                      new TechnicianDayView(
                                                                          t, date, from, to, v, van,
                                                                          s.get(0), a.get(0))))));
                    }));
  }
}
