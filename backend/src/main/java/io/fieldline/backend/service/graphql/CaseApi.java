package io.fieldline.backend.service.graphql;

import io.fieldline.backend.error.Ids;
import io.fieldline.backend.identity.auth.CurrentUser;
import io.fieldline.backend.service.CaseStatus;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.graphql.read.CaseReader;
import io.fieldline.backend.service.graphql.view.CaseView;
import io.fieldline.backend.service.graphql.view.Pages.CasePage;
import io.fieldline.backend.service.service.CaseService;
import io.fieldline.backend.service.service.ServiceDb;
import io.smallrye.mutiny.Uni;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Cases and complaints at the service desk (managers, dispatchers, admins). */
@GraphQLApi
public class CaseApi {
  private final CurrentUser currentUser;
  private final ServiceDb db;
  private final CaseReader reader;
  private final CaseService cases;

  public CaseApi(CurrentUser currentUser, ServiceDb db, CaseReader reader, CaseService cases) {
    this.currentUser = currentUser;
    this.db = db;
    this.reader = reader;
    this.cases = cases;
  }

  @Query("serviceCase")
  @Description("A case of the caller's territories.")
  public Uni<@NonNull CaseView> serviceCase(@Name("id") @Id @NonNull String id) {
    ServiceScope scope = scope();
    return find(scope, Ids.parse("id", id));
  }

  @Query("serviceCases")
  @Description("Cases by SLA due time, soonest first (default: unresolved), paged.")
  public Uni<@NonNull CasePage> serviceCases(
      @Name("filter") CaseFilter filter,
      @Name("first") Integer first,
      @Name("after") String after) {
    ServiceScope scope = scope();
    return db.tx(scope, c -> reader.page(c, scope, filter, first, after))
        .map(p -> new CasePage(p.items(), p.nextCursor(), p.hasMore()));
  }

  @Mutation("openCase")
  @Description("Records a case (complaint, request) for an account of the caller's territories.")
  public Uni<@NonNull CaseView> openCase(@Name("input") @NonNull CaseInput input) {
    ServiceScope scope = scope();
    return cases.open(scope, input.toDraft()).chain(id -> find(scope, id));
  }

  @Mutation("setCaseStatus")
  @Description(
      "Moves a case: OPEN -> IN_PROGRESS -> RESOLVED (with a resolution) -> CLOSED; RESOLVED may"
          + " reopen to IN_PROGRESS.")
  public Uni<@NonNull CaseView> setCaseStatus(
      @Name("id") @Id @NonNull String id,
      @Name("status") @NonNull CaseStatus status,
      @Name("resolution") String resolution) {
    ServiceScope scope = scope();
    UUID caseId = Ids.parse("id", id);
    return cases.move(scope, caseId, status, resolution).chain(() -> find(scope, caseId));
  }

  private Uni<CaseView> find(ServiceScope scope, UUID id) {
    return Found.orNotFound(db.tx(scope, c -> reader.find(c, scope, id)), "Case", id);
  }

  private ServiceScope scope() {
    return ServiceScope.of(currentUser.require());
  }
}
