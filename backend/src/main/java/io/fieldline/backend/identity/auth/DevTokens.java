package io.fieldline.backend.identity.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Development tokens: {@code fldev.<payload>.<signature>}, the payload {@code
 * tenant|user|expiry-epoch-seconds} in base64url, signed with HMAC-SHA256. For the demo users and
 * the tests only; production refuses them.
 */
public final class DevTokens {
  static final String PREFIX = "fldev.";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private DevTokens() {}

  public static String issue(String secret, UUID tenant, UUID user, Instant expiry) {
    String payload = tenant + "|" + user + "|" + expiry.getEpochSecond();
    String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    return PREFIX + encoded + "." + ENCODER.encodeToString(sign(secret, encoded));
  }

  /** Checks format, signature and expiry; throws {@link TokenRejectedException} otherwise. */
  public static VerifiedToken verify(String secret, String token, Instant now) {
    if (!token.startsWith(PREFIX)) {
      throw new TokenRejectedException(AuthFailure.MALFORMED, "not a development token");
    }
    String[] parts = token.substring(PREFIX.length()).split("\\.", -1);
    if (parts.length != 2) {
      throw new TokenRejectedException(AuthFailure.MALFORMED, "malformed token");
    }
    byte[] expected = sign(secret, parts[0]);
    byte[] actual;
    String[] claims;
    try {
      actual = DECODER.decode(parts[1]);
      claims = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8).split("\\|", -1);
    } catch (IllegalArgumentException e) {
      throw new TokenRejectedException(AuthFailure.MALFORMED, "malformed token");
    }
    if (!MessageDigest.isEqual(expected, actual)) {
      throw new TokenRejectedException(AuthFailure.BAD_SIGNATURE, "token signature is invalid");
    }
    try {
      if (claims.length != 3) {
        throw new IllegalArgumentException("claims");
      }
      if (Instant.ofEpochSecond(Long.parseLong(claims[2])).isBefore(now)) {
        throw new TokenRejectedException(AuthFailure.EXPIRED, "token has expired");
      }
      return new VerifiedToken(UUID.fromString(claims[0]), UUID.fromString(claims[1]));
    } catch (IllegalArgumentException e) {
      throw new TokenRejectedException(AuthFailure.MALFORMED, "malformed token claims");
    }
  }

  private static byte[] sign(String secret, String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
