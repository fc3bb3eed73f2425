package io.fieldline.backend.service.graphql;

import io.fieldline.backend.identity.auth.CurrentUser;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.graphql.read.CatalogReader;
import io.fieldline.backend.service.graphql.view.MaintenancePlanView;
import io.fieldline.backend.service.graphql.view.WorkOrderBatch;
import io.fieldline.backend.service.service.MaintenancePlans;
import io.fieldline.backend.service.service.ServiceDb;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Maintenance plans and the generator of their recurring work orders (desk only). */
@GraphQLApi
public class MaintenanceApi {
  private final CurrentUser currentUser;
  private final ServiceDb db;
  private final CatalogReader catalog;
  private final MaintenancePlans plans;

  public MaintenanceApi(
      CurrentUser currentUser, ServiceDb db, CatalogReader catalog, MaintenancePlans plans) {
    this.currentUser = currentUser;
    this.db = db;
    this.catalog = catalog;
    this.plans = plans;
  }

  @Query("maintenancePlans")
  @Description("Plans of accounts in the caller's territories, optionally of one account.")
  public Uni<@NonNull List<@NonNull MaintenancePlanView>> maintenancePlans(
      @Name("accountId") @Id String accountId) {
    ServiceScope scope = ServiceScope.of(currentUser.require());
    UUID account = Inputs.id("accountId", accountId);
    return db.tx(scope, c -> catalog.plans(c, scope, account, null));
  }

  @Mutation("createMaintenancePlan")
  @Description("A recurring job at a site (optionally for one asset).")
  public Uni<@NonNull MaintenancePlanView> createMaintenancePlan(
      @Name("input") @NonNull MaintenancePlanInput input) {
    ServiceScope scope = ServiceScope.of(currentUser.require());
    return plans
        .create(scope, input.toDraft())
        .chain(id -> db.tx(scope, c -> catalog.plans(c, scope, null, id)).map(list -> list.get(0)));
  }

  @Mutation("generateMaintenanceWorkOrders")
  @Description(
      "Creates the work orders of every plan occurrence due up to `asOf` (default today) plus the"
          + " plan's lead days. Idempotent and safe to run concurrently: each occurrence gets"
          + " exactly one work order. Answers the ones this run created.")
  public Uni<@NonNull WorkOrderBatch> generateMaintenanceWorkOrders(@Name("asOf") LocalDate asOf) {
    ServiceScope scope = ServiceScope.of(currentUser.require());
    return plans.generate(scope, asOf).map(WorkOrderBatch::of);
  }
}
