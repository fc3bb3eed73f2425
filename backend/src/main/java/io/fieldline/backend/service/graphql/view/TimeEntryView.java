package io.fieldline.backend.service.graphql.view;

import io.fieldline.backend.service.TimeEntryKind;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Time spent travelling, working or on a break; {@code stoppedAt} is null while it runs. */
@Type("TimeEntry")
public record TimeEntryView(
    @Id @NonNull UUID id,
    @NonNull TimeEntryKind kind,
    @NonNull OffsetDateTime startedAt,
    OffsetDateTime stoppedAt,
    Integer minutes) {}
