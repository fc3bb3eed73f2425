package io.fieldline.backend.support.sync;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;

/** Posts sync bodies to {@code /sync/push} and {@code /sync/pull} with a bearer token. */
public final class SyncHttp {
  private SyncHttp() {}

  /** An HTTP status and the (decompressed) body. */
  public record Reply(int status, String body) {
    public byte[] bytes() {
      return body.getBytes(StandardCharsets.UTF_8);
    }
  }

  public static Reply push(String token, String body) {
    return post("/sync/push", token, body);
  }

  public static Reply pull(String token, String body) {
    return post("/sync/pull", token, body);
  }

  public static Reply post(String path, String token, String body) {
    RequestSpecification request =
        given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
    if (token != null) {
      request = request.header("Authorization", "Bearer " + token);
    }
    Response response = request.when().post(path);
    return new Reply(response.statusCode(), response.asString());
  }
}
