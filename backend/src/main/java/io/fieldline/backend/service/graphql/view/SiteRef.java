package io.fieldline.backend.service.graphql.view;

import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A customer site with its address and coordinates. */
@Type("ServiceSite")
public record SiteRef(
    @Id @NonNull UUID id,
    @NonNull String name,
    String street,
    String city,
    String postalCode,
    String country,
    Double latitude,
    Double longitude) {}
