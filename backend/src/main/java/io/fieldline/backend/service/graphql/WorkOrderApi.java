package io.fieldline.backend.service.graphql;

import io.fieldline.backend.error.Ids;
import io.fieldline.backend.identity.auth.CurrentUser;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.graphql.read.WorkOrderReader;
import io.fieldline.backend.service.graphql.view.Pages.WorkOrderPage;
import io.fieldline.backend.service.graphql.view.WorkOrderBatch;
import io.fieldline.backend.service.graphql.view.WorkOrderView;
import io.fieldline.backend.service.service.ServiceDb;
import io.fieldline.backend.service.service.SlaGuard;
import io.fieldline.backend.service.service.WorkOrderService;
import io.smallrye.mutiny.Uni;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Work orders: the desk's queue by SLA, creation from phone, portal or a case, cancellation. */
@GraphQLApi
public class WorkOrderApi {
  private final CurrentUser currentUser;
  private final ServiceDb db;
  private final WorkOrderReader reader;
  private final WorkOrderService workOrders;
  private final SlaGuard sla;

  public WorkOrderApi(
      CurrentUser currentUser,
      ServiceDb db,
      WorkOrderReader reader,
      WorkOrderService workOrders,
      SlaGuard sla) {
    this.currentUser = currentUser;
    this.db = db;
    this.reader = reader;
    this.workOrders = workOrders;
    this.sla = sla;
  }

  @Query("workOrder")
  @Description("A work order the caller sees (desk: their territories; others: their visits').")
  public Uni<@NonNull WorkOrderView> workOrder(@Name("id") @Id @NonNull String id) {
    ServiceScope scope = scope();
    UUID woId = Ids.parse("id", id);
    return find(scope, woId);
  }

  @Query("workOrders")
  @Description("Work orders by SLA due time, soonest first (default: the open ones), paged.")
  public Uni<@NonNull WorkOrderPage> workOrders(
      @Name("filter") WorkOrderFilter filter,
      @Name("first") Integer first,
      @Name("after") String after) {
    ServiceScope scope = scope();
    return db.tx(scope, c -> reader.page(c, scope, filter, first, after))
        .map(p -> new WorkOrderPage(p.items(), p.nextCursor(), p.hasMore()));
  }

  @Mutation("createWorkOrder")
  @Description(
      "A work order reported by PHONE or PORTAL, for an account of the caller's territories.")
  public Uni<@NonNull WorkOrderView> createWorkOrder(@Name("input") @NonNull WorkOrderInput input) {
    ServiceScope scope = scope();
    return workOrders.create(scope, input.toDraft()).chain(id -> find(scope, id));
  }

  @Mutation("createWorkOrderFromCase")
  @Description("A work order for a case (same customer); the case moves to IN_PROGRESS.")
  public Uni<@NonNull WorkOrderView> createWorkOrderFromCase(
      @Name("caseId") @Id @NonNull String caseId, @Name("input") @NonNull WorkOrderInput input) {
    ServiceScope scope = scope();
    return workOrders
        .fromCase(scope, Ids.parse("caseId", caseId), input.toDraft())
        .chain(id -> find(scope, id));
  }

  @Mutation("cancelWorkOrder")
  @Description("Cancels an OPEN or SCHEDULED work order (and its planned visit) with a reason.")
  public Uni<@NonNull WorkOrderView> cancelWorkOrder(
      @Name("id") @Id @NonNull String id, @Name("reason") @NonNull String reason) {
    ServiceScope scope = scope();
    UUID woId = Ids.parse("id", id);
    return workOrders.cancel(scope, woId, reason).chain(() -> find(scope, woId));
  }

  @Mutation("flagSlaRisks")
  @Description(
      "The SLA monitor: flags open work orders due within `withinHours` (default 24) and raises"
          + " WORK_ORDER_SLA_AT_RISK once for each. Answers the ids flagged by this run.")
  public Uni<@NonNull WorkOrderBatch> flagSlaRisks(@Name("withinHours") Integer withinHours) {
    return sla.flagDue(scope(), withinHours == null ? 24 : withinHours).map(WorkOrderBatch::of);
  }

  private Uni<WorkOrderView> find(ServiceScope scope, UUID id) {
    return Found.orNotFound(db.tx(scope, c -> reader.find(c, scope, id)), "Work order", id);
  }

  private ServiceScope scope() {
    return ServiceScope.of(currentUser.require());
  }
}
