package io.fieldline.backend.identity.auth;

import java.util.Objects;
import java.util.UUID;

/**
 * What a verifier vouches for once a token's signature and claims check out: the Fieldline tenant
 * and user it stands for. Verifiers of external tokens (Firebase) map their subject to these.
 */
public record VerifiedToken(UUID tenantId, UUID userId) {
  public VerifiedToken {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(userId, "userId");
  }
}
