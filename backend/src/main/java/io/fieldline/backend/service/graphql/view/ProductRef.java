package io.fieldline.backend.service.graphql.view;

import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A product (spare part) as stock and reports show it. */
@Type("PartRef")
public record ProductRef(
    @Id @NonNull UUID id, @NonNull String sku, @NonNull String name, @NonNull String unit) {}
