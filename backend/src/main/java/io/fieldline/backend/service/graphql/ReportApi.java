package io.fieldline.backend.service.graphql;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.Ids;
import io.fieldline.backend.identity.auth.CurrentUser;
import io.fieldline.backend.service.FollowUpKind;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.TimeEntryKind;
import io.fieldline.backend.service.WorkOrderType;
import io.fieldline.backend.service.graphql.read.Batch;
import io.fieldline.backend.service.graphql.read.ReportRows;
import io.fieldline.backend.service.graphql.view.ReportView;
import io.fieldline.backend.service.service.ReportEditing;
import io.fieldline.backend.service.service.ReportSigning;
import io.fieldline.backend.service.service.ServiceDb;
import io.fieldline.backend.service.service.VanStock;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Report editing by the visit's assignee while under way. A signed report refuses every change
 * (ALREADY_SIGNED). Each mutation answers the report as it now stands.
 */
@GraphQLApi
public class ReportApi {
  private final CurrentUser currentUser;
  private final ServiceDb db;
  private final ReportEditing editing;
  private final ReportSigning signing;
  private final VanStock van;

  public ReportApi(
      CurrentUser currentUser,
      ServiceDb db,
      ReportEditing editing,
      ReportSigning signing,
      VanStock van) {
    this.currentUser = currentUser;
    this.db = db;
    this.editing = editing;
    this.signing = signing;
    this.van = van;
  }

  @Mutation("updateReportNotes")
  @Description("Replaces the report's notes (TRAVELING or ON_SITE).")
  public Uni<@NonNull ReportView> updateReportNotes(
      @Name("visitId") @Id @NonNull String visitId, @Name("notes") String notes) {
    return edit(visitId, (s, id) -> editing.notes(s, id, notes));
  }

  @Mutation("answerChecklist")
  @Description("Answers checklist items of the report's template version (ON_SITE).")
  public Uni<@NonNull ReportView> answerChecklist(
      @Name("visitId") @Id @NonNull String visitId,
      @Name("answers") @NonNull List<ReportInputs.@NonNull Answer> answers) {
    Map<String, String> byCode = new LinkedHashMap<>();
    for (ReportInputs.Answer a : answers) {
      if (byCode.put(a.itemCode(), a.value()) != null) {
        throw ApiException.invalid("answers", "item " + a.itemCode() + " is answered twice");
      }
    }
    return edit(visitId, (s, id) -> editing.answer(s, id, byCode));
  }

  @Mutation("startTimeEntry")
  @Description(
      "Starts a TRAVEL, WORK or BREAK entry at `at` (default now), stopping a running one.")
  public Uni<@NonNull ReportView> startTimeEntry(
      @Name("visitId") @Id @NonNull String visitId,
      @Name("kind") @NonNull TimeEntryKind kind,
      @Name("at") OffsetDateTime at) {
    return edit(visitId, (s, id) -> editing.startTime(s, id, kind, at));
  }

  @Mutation("stopTimeEntry")
  @Description("Stops the running time entry at `at` (default now).")
  public Uni<@NonNull ReportView> stopTimeEntry(
      @Name("visitId") @Id @NonNull String visitId, @Name("at") OffsetDateTime at) {
    return edit(visitId, (s, id) -> editing.stopTime(s, id, at));
  }

  @Mutation("usePart")
  @Description(
      "Records a part fitted (ON_SITE): a USED_ON_VISIT movement out of the assignee's van."
          + " Refused with INSUFFICIENT_STOCK when the van holds less.")
  public Uni<@NonNull ReportView> usePart(
      @Name("visitId") @Id @NonNull String visitId,
      @Name("productId") @Id @NonNull String productId,
      @Name("quantity") @NonNull BigDecimal quantity) {
    UUID product = Ids.parse("productId", productId);
    return edit(visitId, (s, id) -> van.usePart(s, id, product, quantity));
  }

  @Mutation("addAttachment")
  @Description("Adds a photo or document by reference (ON_SITE).")
  public Uni<@NonNull ReportView> addAttachment(
      @Name("visitId") @Id @NonNull String visitId,
      @Name("input") @NonNull ReportInputs.Attachment a) {
    return edit(
        visitId,
        (s, id) ->
            editing.attach(
                s,
                id,
                a.kind(),
                a.storageRef(),
                a.sha256(),
                a.sizeBytes().longValueExact(),
                a.mediaType(),
                a.caption()));
  }

  @Mutation("requestFollowUp")
  @Description(
      "Asks for a follow-up when the visit completes: a WORK_ORDER (of workOrderType, default"
          + " REPAIR) or a QUOTE_REQUEST for sales. A null kind withdraws the request.")
  public Uni<@NonNull ReportView> requestFollowUp(
      @Name("visitId") @Id @NonNull String visitId,
      @Name("kind") FollowUpKind kind,
      @Name("note") String note,
      @Name("workOrderType") WorkOrderType type) {
    return edit(visitId, (s, id) -> editing.followUp(s, id, kind, note, type));
  }

  @Mutation("signReport")
  @Description(
      "The customer signs the report (ON_SITE), over its content hash. Once only: ALREADY_SIGNED"
          + " after that, and the report no longer changes.")
  public Uni<@NonNull ReportView> signReport(
      @Name("visitId") @Id @NonNull String visitId,
      @Name("input") @NonNull ReportInputs.Signature sig) {
    return edit(
        visitId,
        (s, id) ->
            signing.sign(
                s,
                id,
                sig.signerName(),
                sig.signedAt(),
                sig.imageRef(),
                sig.imageSha256(),
                sig.expectedReportSha256()));
  }

  private interface Edit {
    Uni<?> apply(ServiceScope scope, UUID visitId);
  }

  private Uni<ReportView> edit(String visitId, Edit edit) {
    ServiceScope scope = ServiceScope.of(currentUser.require());
    UUID id = Ids.parse("visitId", visitId);
    return edit.apply(scope, id)
        .chain(
            () ->
                db.tx(
                    scope,
                    c ->
                        Batch.one(
                                c,
                                "select * from visit_report where visit_id = any($1)",
                                List.of(id),
                                "visit_id",
                                ReportRows::report)
                            .map(list -> list.get(0))));
  }
}
