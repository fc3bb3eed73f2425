package io.fieldline.backend.service.graphql.view;

import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A user named on a record (assignee, technician), with the name to show. */
@Type("PersonRef")
public record PersonRef(@Id @NonNull UUID id, @NonNull String displayName) {}
