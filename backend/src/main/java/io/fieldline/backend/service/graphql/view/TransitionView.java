package io.fieldline.backend.service.graphql.view;

import io.fieldline.backend.service.VisitStatus;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One time-stamped status change of a visit ({@code from} is null for its creation). */
@Type("VisitTransition")
public record TransitionView(
    VisitStatus from,
    @NonNull VisitStatus to,
    String reason,
    @NonNull OffsetDateTime at,
    @Id UUID actorId) {}
