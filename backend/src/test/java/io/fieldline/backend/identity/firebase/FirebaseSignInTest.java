package io.fieldline.backend.identity.firebase;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.DemoUsers;
import io.fieldline.backend.support.Gql;
import io.fieldline.backend.support.firebase.FakeGoogle;
import io.fieldline.backend.support.firebase.TestFirebaseTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Firebase ID tokens, verified offline: Google's certificate endpoint is served by a fake transport
 * and tokens are signed with a local key, so the SDK's real checks run.
 */
@QuarkusTest
class FirebaseSignInTest {
  @Inject DevTokenVerifier tokens;
  @Inject FakeGoogle google;

  private String uid;

  @BeforeEach
  void linkRep() {
    uid = "fb-" + UUID.randomUUID();
    UUID rep = DemoUsers.id(DemoIdentity.ACME, "rep2");
    Gql.post(
            new DemoUsers(tokens).acme("admin"),
            "identity/link-firebase",
            Map.of("userId", rep.toString(), "uid", uid))
        .body("errors", nullValue())
        .body("data.linkFirebaseIdentity.email", equalTo("rep2@acme.example"));
  }

  @Test
  void validTokenOfALinkedUidSignsInAsThatUser() {
    Gql.post(TestFirebaseTokens.valid(uid), "me")
        .body("errors", nullValue())
        .body("data.me.user.email", equalTo("rep2@acme.example"))
        .body("data.me.tenantName", equalTo("Acme Field Services"));
  }

  @Test
  void expiredTokenIsTokenExpired() {
    Gql.post(TestFirebaseTokens.expired(uid), "me")
        .body("data", nullValue())
        .body("errors[0].extensions.code", equalTo("TOKEN_EXPIRED"));
  }

  @Test
  void tokenForAnotherProjectIsRefused() {
    Gql.post(TestFirebaseTokens.forAudience(uid, "someone-elses-project"), "me")
        .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
  }

  @Test
  void revokedTokenIsRefused() {
    google.revokeTokensBefore(uid, Instant.now().getEpochSecond());
    Gql.post(TestFirebaseTokens.valid(uid), "me")
        .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    // a token issued after the revocation works again
    Gql.post(
            TestFirebaseTokens.signed(
                uid,
                TestFirebaseTokens.PROJECT,
                Instant.now().plusSeconds(1),
                Instant.now().plusSeconds(3600)),
            "me")
        .body("data.me.user.email", equalTo("rep2@acme.example"));
  }

  @Test
  void unsignedEmulatorStyleTokenIsRefused() {
    Gql.post(TestFirebaseTokens.unsigned(uid), "me")
        .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
  }

  @Test
  void validTokenForAnUnknownUidIsRefused() {
    Gql.post(TestFirebaseTokens.valid("never-linked-" + UUID.randomUUID()), "me")
        .body("data", nullValue())
        .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
        .body("errors[0].message", equalTo("The token names no active user"));
  }

  @Test
  void uidLinkedToAnotherUserCannotBeLinkedAgain() {
    UUID rep1 = DemoUsers.id(DemoIdentity.ACME, "rep1");
    Gql.post(
            new DemoUsers(tokens).acme("admin"),
            "identity/link-firebase",
            Map.of("userId", rep1.toString(), "uid", uid))
        .body("errors[0].extensions.code", equalTo("CONFLICT"));
    // the original link still signs in as rep2
    Gql.post(TestFirebaseTokens.valid(uid), "me")
        .body("data.me.user.email", equalTo("rep2@acme.example"));
  }

  @Test
  void onlyAdminsLinkIdentities() {
    UUID rep1 = DemoUsers.id(DemoIdentity.ACME, "rep1");
    Gql.post(
            new DemoUsers(tokens).acme("manager"),
            "identity/link-firebase",
            Map.of("userId", rep1.toString(), "uid", "x-" + UUID.randomUUID()))
        .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
  }
}
