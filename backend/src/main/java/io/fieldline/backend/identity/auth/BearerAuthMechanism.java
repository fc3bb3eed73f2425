package io.fieldline.backend.identity.auth;

import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Reads {@code Authorization: Bearer <token>}. A missing header leaves the request anonymous; a
 * token that fails verification also leaves it anonymous but records why in the routing context, so
 * the API answers with a stable code ({@link CurrentUser}) instead of a bare 401. A failure that is
 * not a verdict on the token (the user lookup hit a database outage) is recorded as {@link
 * AuthFailure#UNAVAILABLE}, so clients retry instead of signing the user out.
 */
@ApplicationScoped
public class BearerAuthMechanism implements HttpAuthenticationMechanism {
  /** Routing-context key under which the {@link AuthFailure} of a rejected token is kept. */
  public static final String FAILURE_KEY = "fieldline.auth.failure";

  private static final Logger LOG = Logger.getLogger(BearerAuthMechanism.class);
  private static final String BEARER = "Bearer ";

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    String header = context.request().getHeader("Authorization");
    if (header == null || header.isBlank()) {
      return Uni.createFrom().nullItem();
    }
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())
        || header.length() == BEARER.length()) {
      context.put(FAILURE_KEY, AuthFailure.MALFORMED);
      return Uni.createFrom().nullItem();
    }
    String token = header.substring(BEARER.length()).trim();
    return identityProviderManager
        .authenticate(new TokenAuthenticationRequest(new TokenCredential(token, "bearer")))
        .onFailure()
        .recoverWithItem(
            failure -> {
              AuthFailure reason =
                  failure instanceof TokenRejectedException rejected
                      ? rejected.failure()
                      : AuthFailure.UNAVAILABLE;
              if (!(failure instanceof TokenRejectedException)) {
                LOG.warnf(
                    "Token could not be checked (answered as retryable): %s", failure.toString());
              }
              context.put(FAILURE_KEY, reason);
              return null;
            });
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(TokenAuthenticationRequest.class);
  }
}
