package io.fieldline.backend.service;

import java.util.UUID;

/**
 * A case (complaint or request) as the service rules see it when changing it.
 *
 * @param territoryId the territory of the case's account (for scope checks)
 */
public record ServiceCase(
    UUID id, CaseStatus status, UUID accountId, UUID siteId, UUID territoryId) {}
