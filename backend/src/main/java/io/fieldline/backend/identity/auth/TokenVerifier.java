package io.fieldline.backend.identity.auth;

import io.smallrye.mutiny.Uni;

/**
 * One kind of bearer token (development tokens, Firebase ID tokens, ...). Implementations are CDI
 * beans; the first that {@link #accepts} a token verifies it.
 */
public interface TokenVerifier {

  /** Whether the token has this verifier's format (cheap, no signature check). */
  boolean accepts(String token);

  /** Verifies signature and claims; fails with {@link TokenRejectedException} when invalid. */
  Uni<VerifiedToken> verify(String token);
}
