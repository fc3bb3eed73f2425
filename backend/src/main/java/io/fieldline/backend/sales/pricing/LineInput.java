package io.fieldline.backend.sales.pricing;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A quote or order line as the rep entered it; the server prices it.
 *
 * @param productId the product
 * @param quantity how many units (positive, at most 3 decimals)
 * @param discountPercent line discount 0..100, default 0
 * @param unitPriceOverride a typed unit price, if the rep's envelope allows it
 */
@Input("LineInput")
public record LineInput(
    @NonNull String productId,
    @NonNull BigDecimal quantity,
    BigDecimal discountPercent,
    BigDecimal unitPriceOverride) {}
