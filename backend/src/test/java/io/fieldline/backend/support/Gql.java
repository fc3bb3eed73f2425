package io.fieldline.backend.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Posts the GraphQL operations kept in {@code src/test/resources/graphql/*.graphql}. */
public final class Gql {
  private Gql() {}

  /** The text of operation file {@code name}.graphql. */
  public static String document(String name) {
    String path = "/graphql/" + name + ".graphql";
    try (InputStream in = Gql.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No operation file " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ValidatableResponse post(String token, String operation) {
    return post(token, operation, Map.of());
  }

  public static ValidatableResponse post(
      String token, String operation, Map<String, Object> variables) {
    return postDocument(token, document(operation), variables);
  }

  /** Posts a raw document (for tests of malformed or abusive input). */
  public static ValidatableResponse postDocument(
      String token, String document, Map<String, Object> variables) {
    Map<String, Object> body = new HashMap<>();
    body.put("query", document);
    body.put("variables", variables);
    var request = given().contentType(ContentType.JSON).body(body);
    if (token != null) {
      request = request.header("Authorization", "Bearer " + token);
    }
    return request.when().post("/graphql").then();
  }
}
