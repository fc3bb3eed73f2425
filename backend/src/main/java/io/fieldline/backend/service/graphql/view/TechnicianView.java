package io.fieldline.backend.service.graphql.view;

import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A technician: the user, home base, territory and van. Skills, hours and stock resolve on demand.
 */
@Type("Technician")
public record TechnicianView(
    @Id @NonNull UUID userId,
    @NonNull String displayName,
    @NonNull String email,
    @Id @NonNull UUID territoryId,
    double homeLatitude,
    double homeLongitude,
    @Id @NonNull UUID vanLocationId,
    boolean active) {}
