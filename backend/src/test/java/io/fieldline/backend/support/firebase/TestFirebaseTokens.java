package io.fieldline.backend.support.firebase;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.time.Instant;
import java.util.Base64;

/**
 * Firebase ID tokens signed with a locally generated RSA key (test resource
 * firebase/test-signing.p12), whose certificate {@link FakeGoogle} serves at Google's certificate
 * URL, so the SDK's real signature check runs.
 */
public final class TestFirebaseTokens {
  public static final String PROJECT = "fieldline-test";
  static final String KEY_ID = "test-key";
  private static final char[] PASSWORD = "changeit".toCharArray();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static volatile KeyStore store;

  private TestFirebaseTokens() {}

  /** A valid token for {@code uid}, issued a minute ago, valid for an hour. */
  public static String valid(String uid) {
    Instant now = Instant.now();
    return signed(uid, PROJECT, now.minusSeconds(60), now.plusSeconds(3600));
  }

  public static String expired(String uid) {
    Instant now = Instant.now();
    return signed(uid, PROJECT, now.minusSeconds(7200), now.minusSeconds(3600));
  }

  public static String forAudience(String uid, String audience) {
    Instant now = Instant.now();
    return signed(uid, audience, now.minusSeconds(60), now.plusSeconds(3600));
  }

  /** What the Auth emulator issues: no signature at all. */
  public static String unsigned(String uid) {
    Instant now = Instant.now();
    String header = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    return header
        + "."
        + encode(claims(uid, PROJECT, now.minusSeconds(60), now.plusSeconds(3600)))
        + ".";
  }

  public static String signed(String uid, String audience, Instant issuedAt, Instant expiry) {
    String header = encode("{\"alg\":\"RS256\",\"kid\":\"" + KEY_ID + "\",\"typ\":\"JWT\"}");
    String payload = encode(claims(uid, audience, issuedAt, expiry));
    String input = header + "." + payload;
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign((PrivateKey) keyStore().getKey(KEY_ID, PASSWORD));
      rsa.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + B64.encodeToString(rsa.sign());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String certificatePem() {
    try {
      Certificate cert = keyStore().getCertificate(KEY_ID);
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(cert.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String claims(String uid, String audience, Instant issuedAt, Instant expiry) {
    return "{\"iss\":\"https://securetoken.google.com/"
        + audience
        + "\",\"aud\":\""
        + audience
        + "\",\"auth_time\":"
        + issuedAt.getEpochSecond()
        + ",\"user_id\":\""
        + uid
        + "\",\"sub\":\""
        + uid
        + "\",\"iat\":"
        + issuedAt.getEpochSecond()
        + ",\"exp\":"
        + expiry.getEpochSecond()
        + ",\"firebase\":{\"identities\":{},\"sign_in_provider\":\"password\"}}";
  }

  private static String encode(String json) {
    return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static KeyStore keyStore() throws Exception {
    if (store == null) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      try (InputStream in =
          TestFirebaseTokens.class.getResourceAsStream("/firebase/test-signing.p12")) {
        ks.load(in, PASSWORD);
      }
      store = ks;
    }
    return store;
  }
}
