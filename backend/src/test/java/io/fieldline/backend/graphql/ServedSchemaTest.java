package io.fieldline.backend.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.contract.schema.ApiVersion;
import io.fieldline.contract.schema.TextDiff;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The schema the service serves ({@code GET /graphql/schema.graphql}) must equal the contract
 * committed in mobile-contract ({@code src/main/resources/graphql/schema.graphql}); a difference
 * fails with a line diff. Regenerate the committed file after a deliberate API change with:
 *
 * <pre>
 * ./mvnw -B -pl backend -am verify -Dtest=ServedSchemaTest -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dfieldline.schema.write=true
 * </pre>
 */
@QuarkusTest
class ServedSchemaTest {
  static final Path COMMITTED =
      Path.of("..", "mobile-contract", "src", "main", "resources", ApiVersion.SCHEMA);
  static final String REGENERATE =
      "./mvnw -B -pl backend -am verify -Dtest=ServedSchemaTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -Dfieldline.schema.write=true";

  private static String served() {
    String schema =
        given()
            .when()
            .get("/graphql/schema.graphql")
            .then()
            .statusCode(200)
            .extract()
            .asString(); // the served schema, as phones' code generators would download it
    return schema.replace("\r\n", "\n").stripTrailing() + "\n";
  }

  private static String committed() throws IOException {
    return Files.exists(COMMITTED)
        ? Files.readString(COMMITTED, StandardCharsets.UTF_8)
        : ApiVersion.resource(ApiVersion.SCHEMA);
  }

  @Test
  void theServedSchemaEqualsTheCommittedContract() throws IOException {
    String served = served();
    if (Boolean.getBoolean("fieldline.schema.write")) {
      Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
    }

    String diff = TextDiff.of("committed " + ApiVersion.SCHEMA, committed(), "served", served);

    assertThat(diff)
        .as(
            "the served GraphQL schema differs from mobile-contract's committed one. If the change"
                + " is deliberate, regenerate it with%n  %s%nand commit it (a breaking change also"
                + " needs graphql/api-version.txt bumped).%n%s",
            REGENERATE, diff)
        .isEmpty();
  }

  @Test
  void aSchemaThatDriftedFailsWithALineDiffNamingTheChange() throws IOException {
    String committed = committed();
    String drifted = committed.replaceFirst("(?m)^(\\s+)me(\\W)", "$1whoAmI$2");
    assertThat(drifted).as("the schema has a me query to tamper with").isNotEqualTo(committed);

    String diff = TextDiff.of("committed", drifted, "served", served());

    assertThat(diff).contains("- ").contains("whoAmI").contains("+ ").contains(" me");
  }
}
