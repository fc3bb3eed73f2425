package io.fieldline.backend.service.graphql;

import io.fieldline.backend.error.Ids;
import io.fieldline.backend.service.CaseChannel;
import io.fieldline.backend.service.CaseSeverity;
import io.fieldline.backend.service.service.CaseService;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A case as the desk records it; the SLA defaults from the severity. */
@Input("ServiceCaseInput")
public record CaseInput(
    @Id @NonNull String accountId,
    @Id String siteId,
    @Id String contactId,
    @NonNull CaseChannel channel,
    @NonNull String category,
    @NonNull CaseSeverity severity,
    @NonNull String subject,
    String description,
    OffsetDateTime slaDueAt) {

  public CaseService.Draft toDraft() {
    return new CaseService.Draft(
        Ids.parse("accountId", accountId),
        Inputs.id("siteId", siteId),
        Inputs.id("contactId", contactId),
        channel,
        category,
        severity,
        subject,
        description,
        slaDueAt);
  }
}
