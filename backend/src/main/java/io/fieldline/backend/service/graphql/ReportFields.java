package io.fieldline.backend.service.graphql;

import io.fieldline.backend.service.graphql.read.Batch;
import io.fieldline.backend.service.graphql.read.ReportRows;
import io.fieldline.backend.service.graphql.read.StockReader;
import io.fieldline.backend.service.graphql.view.AnswerView;
import io.fieldline.backend.service.graphql.view.AttachmentView;
import io.fieldline.backend.service.graphql.view.PartUsedView;
import io.fieldline.backend.service.graphql.view.ReportView;
import io.fieldline.backend.service.graphql.view.SignatureView;
import io.fieldline.backend.service.graphql.view.TimeEntryView;
import io.fieldline.backend.service.persistence.ReportContentStore;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The parts of a visit report, each loaded once per list of reports. */
@GraphQLApi
public class ReportFields {
  private final Lookups lookups;
  private final StockReader stock;
  private final ReportContentStore contents;

  public ReportFields(Lookups lookups, StockReader stock, ReportContentStore contents) {
    this.lookups = lookups;
    this.stock = stock;
    this.contents = contents;
  }

  @Description("Checklist answers, by item code.")
  public Uni<List<@NonNull List<@NonNull AnswerView>>> answers(@Source List<ReportView> reports) {
    return lookups.read(
        c ->
            Batch.many(
                c,
                "select * from checklist_answer where report_id = any($1) order by item_code",
                ids(reports),
                "report_id",
                ReportRows::answer));
  }

  @Description("Travel, work and break entries, in order.")
  public Uni<List<@NonNull List<@NonNull TimeEntryView>>> timeEntries(
      @Source List<ReportView> reports) {
    return lookups.read(
        c ->
            Batch.many(
                c,
                "select * from time_entry where report_id = any($1) order by started_at, id",
                ids(reports),
                "report_id",
                ReportRows::timeEntry));
  }

  @Description("Parts fitted, taken from the technician's van.")
  public Uni<List<@NonNull List<@NonNull PartUsedView>>> partsUsed(
      @Source List<ReportView> reports) {
    return lookups.read(
        c -> stock.partsUsed(c, reports.stream().map(ReportView::visitId).toList()));
  }

  @Description("Photos and documents, by reference.")
  public Uni<List<@NonNull List<@NonNull AttachmentView>>> attachments(
      @Source List<ReportView> reports) {
    return lookups.read(
        c ->
            Batch.many(
                c,
                "select * from report_attachment where report_id = any($1) order by created_at, id",
                ids(reports),
                "report_id",
                ReportRows::attachment));
  }

  @Description("The customer's signature, once signed.")
  public Uni<List<SignatureView>> signature(@Source List<ReportView> reports) {
    return lookups.read(
        c ->
            Batch.one(
                c,
                "select * from report_signature where report_id = any($1)",
                ids(reports),
                "report_id",
                ReportRows::signature));
  }

  @Description(
      "SHA-256 of the report's current content: what a signature covers. Show it with the report"
          + " and pass it as expectedReportSha256 when signing.")
  public Uni<@NonNull String> contentHash(@Source ReportView report) {
    return lookups.read(c -> contents.load(c, report.id())).map(content -> content.sha256());
  }

  private static List<UUID> ids(List<ReportView> reports) {
    return reports.stream().map(ReportView::id).toList();
  }
}
