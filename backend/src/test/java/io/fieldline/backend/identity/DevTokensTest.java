package io.fieldline.backend.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fieldline.backend.identity.auth.AuthFailure;
import io.fieldline.backend.identity.auth.DevTokens;
import io.fieldline.backend.identity.auth.TokenRejectedException;
import io.fieldline.backend.identity.auth.VerifiedToken;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DevTokensTest {
  private static final String SECRET = "0123456789abcdef0123456789abcdef";
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private final UUID tenant = UUID.randomUUID();
  private final UUID user = UUID.randomUUID();

  @Test
  void roundTrips() {
    String token = DevTokens.issue(SECRET, tenant, user, NOW.plusSeconds(60));
    assertThat(DevTokens.verify(SECRET, token, NOW)).isEqualTo(new VerifiedToken(tenant, user));
  }

  @Test
  void otherSecretIsABadSignature() {
    String token = DevTokens.issue(SECRET, tenant, user, NOW.plusSeconds(60));
    assertFailure(() -> DevTokens.verify(SECRET + "x", token, NOW), AuthFailure.BAD_SIGNATURE);
  }

  @Test
  void expiredIsExpired() {
    String token = DevTokens.issue(SECRET, tenant, user, NOW.minusSeconds(1));
    assertFailure(() -> DevTokens.verify(SECRET, token, NOW), AuthFailure.EXPIRED);
  }

  @Test
  void garbageIsMalformed() {
    assertFailure(() -> DevTokens.verify(SECRET, "fldev.%%%.###", NOW), AuthFailure.MALFORMED);
    assertFailure(() -> DevTokens.verify(SECRET, "fldev.onlyonepart", NOW), AuthFailure.MALFORMED);
    assertFailure(() -> DevTokens.verify(SECRET, "eyJhbGciOi.x.y", NOW), AuthFailure.MALFORMED);
  }

  private static void assertFailure(Runnable call, AuthFailure expected) {
    assertThatThrownBy(call::run)
        .isInstanceOf(TokenRejectedException.class)
        .extracting(e -> ((TokenRejectedException) e).failure())
        .isEqualTo(expected);
  }
}
