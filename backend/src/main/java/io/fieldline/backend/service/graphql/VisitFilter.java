package io.fieldline.backend.service.graphql;

import io.fieldline.backend.service.VisitKind;
import io.fieldline.backend.service.VisitStatus;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Narrows a visit list; every set field must match. Times bound the scheduled start [from, to). */
@Input("VisitFilterInput")
public record VisitFilter(
    List<VisitStatus> statuses,
    VisitKind kind,
    @Id String assigneeId,
    @Id String accountId,
    @Id String workOrderId,
    OffsetDateTime from,
    OffsetDateTime to) {}
