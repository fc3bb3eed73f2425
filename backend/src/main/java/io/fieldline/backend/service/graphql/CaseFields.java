package io.fieldline.backend.service.graphql;

import io.fieldline.backend.service.graphql.read.Batch;
import io.fieldline.backend.service.graphql.read.ViewRows;
import io.fieldline.backend.service.graphql.view.CaseView;
import io.fieldline.backend.service.graphql.view.CustomerRef;
import io.fieldline.backend.service.graphql.view.SiteRef;
import io.fieldline.backend.service.graphql.view.WorkOrderView;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The fields of a case that come from other records, loaded once per list. */
@GraphQLApi
public class CaseFields {
  private final Lookups lookups;

  public CaseFields(Lookups lookups) {
    this.lookups = lookups;
  }

  @Description("The customer.")
  public Uni<List<CustomerRef>> account(@Source List<CaseView> cases) {
    return lookups.customers(cases.stream().map(CaseView::accountId).toList());
  }

  @Description("The site concerned, if any.")
  public Uni<List<SiteRef>> site(@Source List<CaseView> cases) {
    return lookups.sites(cases.stream().map(CaseView::siteId).toList());
  }

  @Description("Work orders spawned by the case, by SLA.")
  public Uni<List<@NonNull List<@NonNull WorkOrderView>>> workOrders(@Source List<CaseView> cases) {
    return lookups.read(
        c ->
            Batch.many(
                c,
                "select * from work_order where case_id = any($1) order by sla_due_at, id",
                cases.stream().map(CaseView::id).toList(),
                "case_id",
                ViewRows::workOrder));
  }
}
