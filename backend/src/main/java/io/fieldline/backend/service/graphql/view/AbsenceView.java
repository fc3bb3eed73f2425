package io.fieldline.backend.service.graphql.view;

import io.fieldline.backend.service.AbsenceKind;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Leave, training or sickness. */
@Type("Absence")
public record AbsenceView(
    @Id @NonNull UUID id,
    @NonNull AbsenceKind kind,
    @NonNull OffsetDateTime startsAt,
    @NonNull OffsetDateTime endsAt,
    String note) {}
