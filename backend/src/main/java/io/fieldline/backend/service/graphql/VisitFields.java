package io.fieldline.backend.service.graphql;

import io.fieldline.backend.service.graphql.read.Batch;
import io.fieldline.backend.service.graphql.read.CatalogReader;
import io.fieldline.backend.service.graphql.read.ReportRows;
import io.fieldline.backend.service.graphql.read.SurveyReader;
import io.fieldline.backend.service.graphql.read.ViewRows;
import io.fieldline.backend.service.graphql.view.AssetView;
import io.fieldline.backend.service.graphql.view.ChecklistTemplateView;
import io.fieldline.backend.service.graphql.view.ContactRef;
import io.fieldline.backend.service.graphql.view.CustomerRef;
import io.fieldline.backend.service.graphql.view.EvidenceView;
import io.fieldline.backend.service.graphql.view.PersonRef;
import io.fieldline.backend.service.graphql.view.ReportView;
import io.fieldline.backend.service.graphql.view.SiteRef;
import io.fieldline.backend.service.graphql.view.SurveyView;
import io.fieldline.backend.service.graphql.view.TransitionView;
import io.fieldline.backend.service.graphql.view.VisitView;
import io.fieldline.backend.service.graphql.view.WorkOrderView;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The fields of a visit that come from other records, each loaded once per list of visits. */
@GraphQLApi
public class VisitFields {
  private final Lookups lookups;
  private final CatalogReader catalog;
  private final SurveyReader surveys;

  public VisitFields(Lookups lookups, CatalogReader catalog, SurveyReader surveys) {
    this.lookups = lookups;
    this.catalog = catalog;
    this.surveys = surveys;
  }

  @Description("The customer.")
  public Uni<List<CustomerRef>> account(@Source List<VisitView> visits) {
    return lookups.customers(visits.stream().map(VisitView::accountId).toList());
  }

  @Description("The site: address and coordinates.")
  public Uni<List<SiteRef>> site(@Source List<VisitView> visits) {
    return lookups.sites(visits.stream().map(VisitView::siteId).toList());
  }

  @Description("The customer's contacts, primary first.")
  public Uni<List<@NonNull List<@NonNull ContactRef>>> contacts(@Source List<VisitView> visits) {
    return lookups.contacts(visits.stream().map(VisitView::accountId).toList());
  }

  @Description("Who works the visit.")
  public Uni<List<PersonRef>> assignee(@Source List<VisitView> visits) {
    return lookups.people(visits.stream().map(VisitView::assigneeId).toList());
  }

  @Description("The work order of a service visit.")
  public Uni<List<WorkOrderView>> workOrder(@Source List<VisitView> visits) {
    return lookups.read(
        c ->
            Batch.one(
                c,
                "select * from work_order where id = any($1)",
                ids(visits, VisitView::workOrderId),
                "id",
                ViewRows::workOrder));
  }

  @Description("The asset the work order is for.")
  public Uni<List<AssetView>> asset(@Source List<VisitView> visits) {
    return lookups.read(
        c ->
            Batch.one(
                c,
                "select x.*, w.id as work_order_id from work_order w join asset x on x.id = w.asset_id"
                    + " where w.id = any($1)",
                ids(visits, VisitView::workOrderId),
                "work_order_id",
                ViewRows::asset));
  }

  @Description("The checklist to fill: the report's version, else the work order's.")
  public Uni<List<ChecklistTemplateView>> checklistTemplate(@Source List<VisitView> visits) {
    return lookups.read(
        c ->
            Batch.one(
                    c,
                    "select v.id, coalesce(r.checklist_template_id, w.checklist_template_id) as t"
                        + " from visit v left join work_order w on w.id = v.work_order_id"
                        + " left join visit_report r on r.visit_id = v.id where v.id = any($1)",
                    ids(visits, VisitView::id),
                    "id",
                    r -> r.getUUID("t"))
                .chain(templateIds -> catalog.templates(c, templateIds)));
  }

  @Description("Every status change, oldest first.")
  public Uni<List<@NonNull List<@NonNull TransitionView>>> transitions(
      @Source List<VisitView> visits) {
    return lookups.read(
        c ->
            Batch.many(
                c,
                "select * from visit_transition where visit_id = any($1) order by at, id",
                ids(visits, VisitView::id),
                "visit_id",
                ReportRows::transition));
  }

  @Description("Check-in and check-out evidence, in the order recorded.")
  public Uni<List<@NonNull List<@NonNull EvidenceView>>> evidence(@Source List<VisitView> visits) {
    return lookups.read(
        c ->
            Batch.many(
                c,
                "select * from visit_evidence where visit_id = any($1) order by recorded_at, id",
                ids(visits, VisitView::id),
                "visit_id",
                ReportRows::evidence));
  }

  @Description("The visit report, once anything was reported.")
  public Uni<List<ReportView>> report(@Source List<VisitView> visits) {
    return lookups.read(
        c ->
            Batch.one(
                c,
                "select * from visit_report where visit_id = any($1)",
                ids(visits, VisitView::id),
                "visit_id",
                ReportRows::report));
  }

  @Description("The customer's satisfaction survey, once received.")
  public Uni<List<SurveyView>> survey(@Source List<VisitView> visits) {
    return lookups.read(c -> surveys.ofVisits(c, ids(visits, VisitView::id)));
  }

  private static List<UUID> ids(List<VisitView> visits, Function<VisitView, UUID> id) {
    return visits.stream().map(id).toList();
  }
}
