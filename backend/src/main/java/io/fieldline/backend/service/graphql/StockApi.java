package io.fieldline.backend.service.graphql;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.Ids;
import io.fieldline.backend.identity.auth.CurrentUser;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.graphql.read.StockReader;
import io.fieldline.backend.service.graphql.read.TechnicianReader;
import io.fieldline.backend.service.graphql.view.Pages.MovementPage;
import io.fieldline.backend.service.graphql.view.StockLevelView;
import io.fieldline.backend.service.graphql.view.TechnicianView;
import io.fieldline.backend.service.service.ServiceDb;
import io.fieldline.backend.service.service.VanStock;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Van stock: levels (sums of movements), the movement ledger, and desk movements. */
@GraphQLApi
public class StockApi {
  private final CurrentUser currentUser;
  private final ServiceDb db;
  private final TechnicianReader technicians;
  private final StockReader stock;
  private final VanStock van;

  public StockApi(
      CurrentUser currentUser,
      ServiceDb db,
      TechnicianReader technicians,
      StockReader stock,
      VanStock van) {
    this.currentUser = currentUser;
    this.db = db;
    this.technicians = technicians;
    this.stock = stock;
    this.van = van;
  }

  @Query("vanStock")
  @Description("What a technician's van holds (default: the caller's).")
  public Uni<@NonNull List<@NonNull StockLevelView>> vanStock(
      @Name("technicianId") @Id String technicianId) {
    ServiceScope scope = scope();
    UUID tech = technicianId == null ? scope.userId() : Ids.parse("technicianId", technicianId);
    return db.tx(
        scope, c -> technician(c, scope, tech).chain(t -> stock.levels(c, t.vanLocationId())));
  }

  @Query("stockMovements")
  @Description("The movements of a technician's van, newest first, optionally of one product.")
  public Uni<@NonNull MovementPage> stockMovements(
      @Name("technicianId") @Id String technicianId,
      @Name("productId") @Id String productId,
      @Name("first") Integer first,
      @Name("after") String after) {
    ServiceScope scope = scope();
    UUID tech = technicianId == null ? scope.userId() : Ids.parse("technicianId", technicianId);
    UUID product = Inputs.id("productId", productId);
    return db.tx(
            scope,
            c ->
                technician(c, scope, tech)
                    .chain(t -> stock.movements(c, t.vanLocationId(), product, first, after)))
        .map(p -> new MovementPage(p.items(), p.nextCursor(), p.hasMore()));
  }

  @Mutation("recordStockMovement")
  @Description(
      "A desk movement on a technician's van: TRANSFER_IN, RETURNED or ADJUSTED (with a note)."
          + " Never below zero (INSUFFICIENT_STOCK). Answers the van's stock.")
  public Uni<@NonNull List<@NonNull StockLevelView>> recordStockMovement(
      @Name("input") @NonNull DeskInputs.Movement input) {
    ServiceScope scope = scope();
    UUID tech = Ids.parse("technicianId", input.technicianId());
    return van.record(
            scope,
            tech,
            Ids.parse("productId", input.productId()),
            input.kind(),
            input.quantity(),
            input.note())
        .chain(
            () ->
                db.tx(
                    scope,
                    c ->
                        technician(c, scope, tech).chain(t -> stock.levels(c, t.vanLocationId()))));
  }

  private Uni<TechnicianView> technician(SqlConnection c, ServiceScope scope, UUID id) {
    return technicians
        .find(c, scope, id)
        .onItem()
        .ifNull()
        .failWith(() -> ApiException.notFound("Technician", id));
  }

  private ServiceScope scope() {
    return ServiceScope.of(currentUser.require());
  }
}
