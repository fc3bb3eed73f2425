package io.fieldline.backend.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.DemoUsers;
import io.fieldline.backend.support.Gql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Read side of field service over HTTP: the technician's day, the desk's lists, role rules. */
@QuarkusTest
class ServiceQueriesTest {
  @Inject DevTokenVerifier tokens;

  private DemoUsers users() {
    return new DemoUsers(tokens);
  }

  @Test
  void technicianDayHasEverythingNeededOnSite() {
    LocalDate day = nextWeekday();
    var body =
        Gql.post(users().acme("tech1"), "service/technicianDay", Map.of("date", day.toString()))
            .statusCode(200)
            .body("errors", nullValue())
            .extract()
            .jsonPath();
    List<Map<String, Object>> visits = body.getList("data.technicianDay.visits");
    assertThat(visits).isNotEmpty();
    assertThat(body.getList("data.technicianDay.vanStock")).isNotEmpty();
  }

  private static LocalDate nextWeekday() {
    LocalDate d = LocalDate.now(ZoneOffset.UTC).plusDays(1);
    while (d.getDayOfWeek().getValue() > 5) {
      d = d.plusDays(1);
    }
    return d;
  }
}
