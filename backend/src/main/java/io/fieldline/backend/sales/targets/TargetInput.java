package io.fieldline.backend.sales.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A target for exactly one of a rep (userId) or a territory, replacing one with the same start. */
@Input("SalesTargetInput")
public record TargetInput(
    String userId,
    String territoryId,
    @NonNull LocalDate periodStart,
    @NonNull LocalDate periodEnd,
    @NonNull BigDecimal amount,
    @NonNull String currency) {}
