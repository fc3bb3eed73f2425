package io.fieldline.backend.service.graphql.view;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Equipment at a customer's site; its service history resolves on demand. */
@Type("Asset")
public record AssetView(
    @Id @NonNull UUID id,
    @Id @NonNull UUID accountId,
    @Id @NonNull UUID siteId,
    @Id UUID productId,
    @NonNull String serialNumber,
    @NonNull String model,
    String manufacturer,
    LocalDate installedOn,
    LocalDate warrantyEndsOn,
    boolean underWarranty) {}
