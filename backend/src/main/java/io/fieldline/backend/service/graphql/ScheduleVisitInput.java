package io.fieldline.backend.service.graphql;

import io.fieldline.backend.error.Ids;
import io.fieldline.backend.service.VisitKind;
import io.fieldline.backend.service.service.VisitDraft;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A visit to schedule: SERVICE names its work order; SALES names account, site and optionally the
 * opportunity.
 */
@Input("ScheduleVisitInput")
public record ScheduleVisitInput(
    @NonNull VisitKind kind,
    @Id String workOrderId,
    @Id String accountId,
    @Id String siteId,
    @Id String opportunityId,
    @Id @NonNull String assigneeId,
    @NonNull VisitScheduleInput schedule) {

  public VisitDraft toDraft() {
    return new VisitDraft(
        kind,
        Inputs.id("workOrderId", workOrderId),
        Inputs.id("accountId", accountId),
        Inputs.id("siteId", siteId),
        Inputs.id("opportunityId", opportunityId),
        Ids.parse("assigneeId", assigneeId),
        Inputs.present("schedule", schedule).toSchedule());
  }
}
