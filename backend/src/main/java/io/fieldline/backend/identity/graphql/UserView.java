package io.fieldline.backend.identity.graphql;

import io.fieldline.backend.identity.Role;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A user as the API shows it. */
@Type("User")
public record UserView(
    @Id @NonNull UUID id,
    @NonNull String email,
    @NonNull String displayName,
    boolean active,
    @NonNull List<@NonNull Role> roles,
    @NonNull List<@NonNull TerritoryView> territories) {}
