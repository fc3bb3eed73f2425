package io.fieldline.backend.service.graphql;

import io.fieldline.backend.service.CaseSeverity;
import io.fieldline.backend.service.CaseStatus;
import java.util.List;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Narrows a case list; without statuses only unresolved cases (OPEN, IN_PROGRESS) are listed. */
@Input("ServiceCaseFilterInput")
public record CaseFilter(
    List<CaseStatus> statuses,
    List<CaseSeverity> severities,
    @Id String accountId,
    String category) {}
