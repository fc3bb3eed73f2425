package io.fieldline.backend.service.graphql.view;

import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A person at the customer to call on site. */
@Type("ServiceContact")
public record ContactRef(
    @Id @NonNull UUID id,
    @NonNull String firstName,
    @NonNull String lastName,
    String role,
    String email,
    String phone,
    boolean primary) {}
