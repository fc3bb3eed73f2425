package io.fieldline.backend.sales.pricing;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A figure the client sent that the server's pricing disagreed with; the server kept its own.
 *
 * @param figure which total (GRAND_TOTAL, TAX, ...)
 * @param client what the client sent
 * @param server what the server computed and stored
 */
@Type("TotalsMismatch")
public record MismatchView(
    @NonNull String figure, @NonNull BigDecimal client, @NonNull BigDecimal server) {}
