package io.fieldline.backend.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExplicitDatabaseTest {

  @Test
  void configFileNamesServiceRoleForQueriesAndOwnerForMigrations() throws Exception {
    Path out = Files.createTempFile("db", ".properties");
    DevDatabase.DbConfigFile.write(
        out, new DbTarget("db.internal", 6432, "fl", "owner", "o-pw", "app", "a-pw"));
    String text = Files.readString(out);
    assertThat(text)
        .contains("quarkus.datasource.username=app")
        .contains("quarkus.datasource.reactive.url=postgresql://db.internal:6432/fl")
        .contains("quarkus.datasource.jdbc.url=jdbc:postgresql://db.internal:6432/fl")
        .contains("quarkus.flyway.username=owner")
        .contains("quarkus.flyway.placeholders.app_role=app");
  }
}
