package io.fieldline.backend.service.graphql.view;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A part fitted on the visit: the van stock movement that took it. */
@Type("PartUsed")
public record PartUsedView(
    @Id @NonNull UUID movementId,
    @NonNull ProductRef product,
    @NonNull BigDecimal quantity,
    @NonNull OffsetDateTime at) {}
