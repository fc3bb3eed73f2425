package io.fieldline.backend.service.graphql;

import io.fieldline.backend.service.graphql.read.Batch;
import io.fieldline.backend.service.graphql.read.CatalogReader;
import io.fieldline.backend.service.graphql.read.VisitReader;
import io.fieldline.backend.service.graphql.view.AssetView;
import io.fieldline.backend.service.graphql.view.ChecklistTemplateView;
import io.fieldline.backend.service.graphql.view.CustomerRef;
import io.fieldline.backend.service.graphql.view.SiteRef;
import io.fieldline.backend.service.graphql.view.SkillLevelView;
import io.fieldline.backend.service.graphql.view.VisitView;
import io.fieldline.backend.service.graphql.view.WorkOrderView;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The fields of a work order that come from other records, loaded once per list. */
@GraphQLApi
public class WorkOrderFields {
  private final Lookups lookups;
  private final CatalogReader catalog;
  private final VisitReader visits;

  public WorkOrderFields(Lookups lookups, CatalogReader catalog, VisitReader visits) {
    this.lookups = lookups;
    this.catalog = catalog;
    this.visits = visits;
  }

  @Description("The customer.")
  public Uni<List<CustomerRef>> account(@Source List<WorkOrderView> orders) {
    return lookups.customers(orders.stream().map(WorkOrderView::accountId).toList());
  }

  @Description("The site.")
  public Uni<List<SiteRef>> site(@Source List<WorkOrderView> orders) {
    return lookups.sites(orders.stream().map(WorkOrderView::siteId).toList());
  }

  @Description("The asset, if the work order is for one.")
  public Uni<List<AssetView>> asset(@Source List<WorkOrderView> orders) {
    return lookups.assets(orders.stream().map(WorkOrderView::assetId).toList());
  }

  @Description("Skills the job needs, each at least at its level.")
  public Uni<List<@NonNull List<@NonNull SkillLevelView>>> requiredSkills(
      @Source List<WorkOrderView> orders) {
    return lookups.read(
        c ->
            Batch.many(
                c,
                "select ws.work_order_id, ws.skill_code, s.name, ws.min_level from work_order_skill ws"
                    + " join skill s on s.code = ws.skill_code where ws.work_order_id = any($1)"
                    + " order by ws.skill_code",
                ids(orders),
                "work_order_id",
                r ->
                    new SkillLevelView(
                        r.getString("skill_code"),
                        r.getString("name"),
                        r.getInteger("min_level"))));
  }

  @Description("The checklist version visits of this work order fill in.")
  public Uni<List<ChecklistTemplateView>> checklistTemplate(@Source List<WorkOrderView> orders) {
    return lookups.read(
        c ->
            catalog.templates(c, orders.stream().map(WorkOrderView::checklistTemplateId).toList()));
  }

  @Description("Its visits the caller sees, newest first.")
  public Uni<List<@NonNull List<@NonNull VisitView>>> visits(@Source List<WorkOrderView> orders) {
    return lookups.read(c -> visits.ofWorkOrders(c, lookups.scope(), ids(orders)));
  }

  private static List<UUID> ids(List<WorkOrderView> orders) {
    return orders.stream().map(WorkOrderView::id).toList();
  }
}
