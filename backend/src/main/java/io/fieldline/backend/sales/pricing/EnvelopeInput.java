package io.fieldline.backend.sales.pricing;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Sets the tenant default envelope (no userId) or one rep's. */
@Input("DiscountEnvelopeInput")
public record EnvelopeInput(
    String userId,
    @NonNull BigDecimal maxLineDiscountPercent,
    @NonNull BigDecimal maxQuoteDiscountPercent,
    @NonNull BigDecimal maxTotalDiscountPercent,
    boolean priceOverrideAllowed) {}
