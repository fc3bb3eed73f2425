package io.fieldline.backend.sales.pricing;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A discount-envelope limit a quote exceeds.
 *
 * @param limit LINE_DISCOUNT, QUOTE_DISCOUNT or TOTAL_DISCOUNT
 * @param line the line position for a line limit, else null
 * @param allowed the rep's limit in percent
 * @param actual the quote's percentage
 */
@Type("EnvelopeExcess")
public record ExcessView(
    @NonNull String limit, Integer line, @NonNull BigDecimal allowed, @NonNull BigDecimal actual) {}
