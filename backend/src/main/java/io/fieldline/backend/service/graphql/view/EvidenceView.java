package io.fieldline.backend.service.graphql.view;

import io.fieldline.backend.service.EvidenceKind;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A check-in or check-out: the device's time and position, and when the server received it. */
@Type("VisitEvidence")
public record EvidenceView(
    @Id @NonNull UUID id,
    @NonNull EvidenceKind kind,
    @NonNull OffsetDateTime recordedAt,
    double latitude,
    double longitude,
    double accuracyMeters,
    @NonNull OffsetDateTime receivedAt,
    @Id @NonNull UUID actorId) {}
