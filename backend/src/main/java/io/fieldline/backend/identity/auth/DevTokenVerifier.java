package io.fieldline.backend.identity.auth;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Verifies (and, for the demo loader and tests, issues) development tokens. */
@ApplicationScoped
public class DevTokenVerifier implements TokenVerifier {
  static final int MIN_SECRET_LENGTH = 32;

  private final boolean enabled;
  private final Optional<String> secret;
  private final Duration lifetime;
  private final Clock clock;

  public DevTokenVerifier(
      @ConfigProperty(name = "fieldline.auth.dev-tokens.enabled") boolean enabled,
      @ConfigProperty(name = "fieldline.auth.dev-tokens.secret") Optional<String> secret,
      @ConfigProperty(name = "fieldline.auth.dev-tokens.lifetime") Duration lifetime) {
    this.enabled = enabled;
    this.secret = secret;
    this.lifetime = lifetime;
    this.clock = Clock.systemUTC();
  }

  /** Production must never accept development tokens: refuse to start if configured to. */
  void checkAtStartup(@Observes StartupEvent event) {
    if (enabled && ConfigUtils.getProfiles().contains("prod")) {
      throw new IllegalStateException(
          "fieldline.auth.dev-tokens.enabled=true is not allowed in the production profile");
    }
    if (enabled && secret.map(String::length).orElse(0) < MIN_SECRET_LENGTH) {
      throw new IllegalStateException(
          "fieldline.auth.dev-tokens.secret must have at least "
              + MIN_SECRET_LENGTH
              + " characters");
    }
  }

  @Override
  public boolean accepts(String token) {
    return token.startsWith(DevTokens.PREFIX);
  }

  @Override
  public Uni<VerifiedToken> verify(String token) {
    if (!enabled) {
      return Uni.createFrom()
          .failure(
              new TokenRejectedException(AuthFailure.DISABLED, "development tokens are disabled"));
    }
    return Uni.createFrom()
        .item(() -> DevTokens.verify(secret.orElseThrow(), token, clock.instant()));
  }

  /** A token for the user, valid for the configured lifetime. */
  public String issue(UUID tenant, UUID user) {
    return issue(tenant, user, clock.instant().plus(lifetime));
  }

  public String issue(UUID tenant, UUID user, Instant expiry) {
    if (!enabled) {
      throw new IllegalStateException("development tokens are disabled");
    }
    return DevTokens.issue(secret.orElseThrow(), tenant, user, expiry);
  }
}
