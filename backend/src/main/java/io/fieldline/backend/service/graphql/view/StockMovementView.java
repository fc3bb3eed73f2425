package io.fieldline.backend.service.graphql.view;

import io.fieldline.backend.service.StockMovementKind;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One signed stock movement (positive in, negative out). */
@Type("StockMovement")
public record StockMovementView(
    @Id @NonNull UUID id,
    @NonNull ProductRef product,
    @NonNull StockMovementKind kind,
    @NonNull BigDecimal quantity,
    @Id UUID visitId,
    String note,
    @Id UUID actorId,
    @NonNull OffsetDateTime createdAt) {}
