package io.fieldline.backend.support.auth;

import io.fieldline.backend.identity.auth.TokenVerifier;
import io.fieldline.backend.identity.auth.VerifiedToken;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;

/**
 * Test-only verifier for tokens starting {@code flunreachable.}: checking them fails the way an
 * outage does (the user lookup or key endpoint cannot be reached), not with a verdict on the token.
 */
@ApplicationScoped
public class UnreachableTokenVerifier implements TokenVerifier {
  public static final String PREFIX = "flunreachable.";

  @Override
  public boolean accepts(String token) {
    return token.startsWith(PREFIX);
  }

  @Override
  public Uni<VerifiedToken> verify(String token) {
    return Uni.createFrom().failure(new ConnectException("Connection refused (simulated outage)"));
  }
}
