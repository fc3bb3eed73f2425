package io.fieldline.backend.identity;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.DemoUsers;
import io.fieldline.backend.support.Gql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bearer tokens over HTTP: each bad credential gets its stable code; good ones reach {@code me}.
 */
@QuarkusTest
class AuthenticationTest {
  @Inject DevTokenVerifier tokens;

  private DemoUsers users() {
    return new DemoUsers(tokens);
  }

  @Test
  void validTokenAnswersMeWithRolesAndTerritories() {
    Gql.post(users().acme("manager"), "me")
        .statusCode(200)
        .body("errors", nullValue())
        .body("data.me.user.email", equalTo("manager@acme.example"))
        .body("data.me.user.roles", contains("MANAGER"))
        .body("data.me.user.territories.code", contains("NORTH"))
        .body("data.me.tenantName", equalTo("Acme Field Services"))
        // NORTH and everything below it: 2 areas, 3 territories
        .body("data.me.scopeTerritoryIds.size()", equalTo(6));
  }

  @Test
  void missingTokenIsUnauthenticated() {
    Gql.post(null, "me")
        .statusCode(200)
        .body("data", nullValue())
        .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
  }

  @Test
  void tamperedTokenIsUnauthenticated() {
    String token = users().acme("tech1");
    String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
    Gql.post(tampered, "me").body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
  }

  @Test
  void garbageAndWrongSchemeAreUnauthenticated() {
    Gql.post("not-a-token", "me").body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    io.restassured.RestAssured.given()
        .contentType("application/json")
        .header("Authorization", "Basic dXNlcjpwYXNz")
        .body(Map.of("query", Gql.document("me")))
        .post("/graphql")
        .then()
        .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
  }

  @Test
  void expiredTokenIsTokenExpired() {
    String expired =
        tokens.issue(
            DemoIdentity.ACME.id(),
            DemoUsers.id(DemoIdentity.ACME, "tech1"),
            Instant.now().minusSeconds(5));
    Gql.post(expired, "me")
        .body("data", nullValue())
        .body("errors[0].extensions.code", equalTo("TOKEN_EXPIRED"));
  }

  @Test
  void validSignatureForUnknownUserIsUnauthenticated() {
    String stranger = tokens.issue(DemoIdentity.ACME.id(), UUID.randomUUID());
    Gql.post(stranger, "me").body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
  }

  @Test
  void userOfAnotherTenantIsNotFoundEvenForAnAdmin() {
    UUID globexTech = DemoUsers.id(DemoIdentity.GLOBEX, "tech1");
    Gql.post(users().acme("admin"), "user", Map.of("id", globexTech.toString()))
        .body("data", nullValue())
        .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    // the same id is visible inside its own tenant
    Gql.post(users().globex("admin"), "user", Map.of("id", globexTech.toString()))
        .body("errors", nullValue())
        .body("data.user.email", equalTo("tech1@globex.example"));
  }

  @Test
  void technicianCannotReadAnotherUserButCanReadThemselves() {
    UUID tech2 = DemoUsers.id(DemoIdentity.ACME, "tech2");
    Gql.post(users().acme("tech1"), "user", Map.of("id", tech2.toString()))
        .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    UUID tech1 = DemoUsers.id(DemoIdentity.ACME, "tech1");
    Gql.post(users().acme("tech1"), "user", Map.of("id", tech1.toString()))
        .body("data.user.roles", contains("TECHNICIAN"));
  }

  @Test
  void malformedIdIsAValidationErrorNamingTheField() {
    Gql.post(users().acme("admin"), "user", Map.of("id", "42"))
        .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].extensions.field", equalTo("id"));
  }
}
