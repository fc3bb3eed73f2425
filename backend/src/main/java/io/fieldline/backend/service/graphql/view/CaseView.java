package io.fieldline.backend.service.graphql.view;

import io.fieldline.backend.service.CaseChannel;
import io.fieldline.backend.service.CaseSeverity;
import io.fieldline.backend.service.CaseStatus;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A case (complaint or request) at the service desk. */
@Type("ServiceCase")
public record CaseView(
    @Id @NonNull UUID id,
    @NonNull String number,
    @Id @NonNull UUID accountId,
    @Id UUID siteId,
    @Id UUID contactId,
    @NonNull CaseChannel channel,
    @NonNull String category,
    @NonNull CaseSeverity severity,
    @NonNull String subject,
    String description,
    @NonNull OffsetDateTime slaDueAt,
    @NonNull CaseStatus status,
    String resolution,
    OffsetDateTime resolvedAt,
    @NonNull OffsetDateTime createdAt) {}
