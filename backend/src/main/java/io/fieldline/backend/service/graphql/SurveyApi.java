package io.fieldline.backend.service.graphql;

import io.fieldline.backend.error.Ids;
import io.fieldline.backend.identity.auth.CurrentUser;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.graphql.read.SurveyReader;
import io.fieldline.backend.service.graphql.view.Pages.SurveyPage;
import io.fieldline.backend.service.graphql.view.SurveyView;
import io.fieldline.backend.service.service.ServiceDb;
import io.fieldline.backend.service.service.SurveyService;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Satisfaction surveys after completed visits. */
@GraphQLApi
public class SurveyApi {
  private final CurrentUser currentUser;
  private final ServiceDb db;
  private final SurveyReader reader;
  private final SurveyService surveys;

  public SurveyApi(
      CurrentUser currentUser, ServiceDb db, SurveyReader reader, SurveyService surveys) {
    this.currentUser = currentUser;
    this.db = db;
    this.reader = reader;
    this.surveys = surveys;
  }

  @Mutation("submitSurvey")
  @Description(
      "Records the customer's score for a COMPLETED visit (once: DUPLICATE after). Raises"
          + " SURVEY_RECEIVED.")
  public Uni<@NonNull SurveyView> submitSurvey(
      @Name("visitId") @Id @NonNull String visitId,
      @Name("input") @NonNull DeskInputs.Survey input) {
    ServiceScope scope = ServiceScope.of(currentUser.require());
    UUID id = Ids.parse("visitId", visitId);
    return surveys
        .submit(scope, id, input.scale(), input.score(), input.comment())
        .chain(() -> db.tx(scope, c -> reader.ofVisits(c, List.of(id))).map(l -> l.get(0)));
  }

  @Query("surveys")
  @Description("Surveys of visits the caller sees, newest first, optionally of one technician.")
  public Uni<@NonNull SurveyPage> surveys(
      @Name("technicianId") @Id String technicianId,
      @Name("first") Integer first,
      @Name("after") String after) {
    ServiceScope scope = ServiceScope.of(currentUser.require());
    UUID tech = Inputs.id("technicianId", technicianId);
    return db.tx(scope, c -> reader.page(c, scope, tech, first, after))
        .map(p -> new SurveyPage(p.items(), p.nextCursor(), p.hasMore()));
  }
}
