package io.fieldline.backend.identity.graphql;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * The signed-in user, their tenant, and the territories they can work in (assigned ones and all
 * below them).
 */
@Type("Me")
public record MeView(
    @NonNull UserView user,
    @Id @NonNull UUID tenantId,
    @NonNull String tenantName,
    @NonNull List<@NonNull UUID> scopeTerritoryIds) {}
