package io.fieldline.backend.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig.NumberReturnType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.Map;

/** Reading GraphQL answers in tests: data paths, money as BigDecimal, error code and field. */
public final class GqlResult {
  private GqlResult() {}

  /** Makes REST Assured read JSON decimals as BigDecimal (money must not pass through float). */
  public static void exactDecimals() {
    RestAssured.config =
        RestAssured.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(NumberReturnType.BIG_DECIMAL));
  }

  /** The value at {@code data.<path>}, failing if the answer has errors. */
  public static <T> T data(ValidatableResponse response, String path) {
    response.statusCode(200);
    Object errors = response.extract().path("errors");
    assertThat(errors).as("GraphQL errors").isNull();
    return response.extract().path("data." + path);
  }

  /** A decimal at {@code data.<path>}. */
  public static BigDecimal money(ValidatableResponse response, String path) {
    Object value = data(response, path);
    return new BigDecimal(String.valueOf(value));
  }

  /** Asserts the answer failed with this code (and field, if not null); answers the message. */
  public static String error(ValidatableResponse response, String code, String field) {
    response.statusCode(200);
    Map<String, Object> extensions = response.extract().path("errors[0].extensions");
    String body = response.extract().asString();
    assertThat(extensions).as("error extensions in %s", body).isNotNull();
    assertThat(extensions.get("code")).as("code in %s", body).isEqualTo(code);
    if (field != null) {
      assertThat(extensions.get("field")).as("field in %s", body).isEqualTo(field);
    }
    return response.extract().path("errors[0].message");
  }
}
