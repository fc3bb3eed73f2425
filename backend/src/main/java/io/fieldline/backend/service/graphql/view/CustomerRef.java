package io.fieldline.backend.service.graphql.view;

import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The customer (account) of a visit, work order, case or asset, as field service shows it. */
@Type("ServiceCustomer")
public record CustomerRef(
    @Id @NonNull UUID id,
    @NonNull String name,
    String legalName,
    String valueGrade,
    @Id @NonNull UUID territoryId) {}
