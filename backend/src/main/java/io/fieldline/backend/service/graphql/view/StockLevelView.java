package io.fieldline.backend.service.graphql.view;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** How much of a part a van holds: the sum of its movements. */
@Type("StockLevel")
public record StockLevelView(@NonNull ProductRef product, @NonNull BigDecimal quantity) {}
