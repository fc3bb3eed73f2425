package io.fieldline.backend.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** /q/health reports the database. */
@QuarkusTest
class HealthTest {
  @Test
  void healthIsUpAndIncludesTheDatabase() {
    given()
        .get("/q/health")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("Reactive PostgreSQL connections health check"));
  }
}
