package io.fieldline.backend.identity.auth;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/** Turns a bearer token into a security identity: the first accepting verifier, then the user. */
@ApplicationScoped
public class FieldlineIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {
  private final Instance<TokenVerifier> verifiers;
  private final PrincipalLoader loader;

  public FieldlineIdentityProvider(Instance<TokenVerifier> verifiers, PrincipalLoader loader) {
    this.verifiers = verifiers;
    this.loader = loader;
  }

  @Override
  public Class<TokenAuthenticationRequest> getRequestType() {
    return TokenAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    String token = request.getToken().getToken();
    for (TokenVerifier verifier : verifiers) {
      if (verifier.accepts(token)) {
        return verifier
            .verify(token)
            .chain(loader::load)
            .map(
                principal -> {
                  QuarkusSecurityIdentity.Builder identity =
                      QuarkusSecurityIdentity.builder().setPrincipal(principal);
                  principal.roles().forEach(role -> identity.addRole(role.name()));
                  return identity.build();
                });
      }
    }
    return Uni.createFrom()
        .failure(new TokenRejectedException(AuthFailure.MALFORMED, "unrecognised token format"));
  }
}
