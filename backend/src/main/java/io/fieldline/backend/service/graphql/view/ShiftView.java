package io.fieldline.backend.service.graphql.view;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A planned shift. */
@Type("Shift")
public record ShiftView(
    @Id @NonNull UUID id, @NonNull OffsetDateTime startsAt, @NonNull OffsetDateTime endsAt) {}
