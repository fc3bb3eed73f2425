package io.fieldline.backend.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.DemoUsers;
import io.fieldline.backend.support.Gql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Depth, complexity, token and body-size limits answer clearly and execute nothing. */
@QuarkusTest
class LimitsTest {
  @Inject DevTokenVerifier tokens;

  @Test
  void queryDeeperThanTheLimitIsRefused() {
    Gql.post(new DemoUsers(tokens).acme("admin"), "deep-introspection")
        .statusCode(200)
        .body("data", nullValue())
        .body("errors[0].message", containsString("depth"));
  }

  @Test
  void queryAboveTheComplexityLimitIsRefused() {
    StringBuilder doc = new StringBuilder("query Wide {");
    for (int i = 0; i < 300; i++) {
      doc.append(" a").append(i).append(": me { user { email displayName } }");
    }
    doc.append(" }");
    Gql.postDocument(new DemoUsers(tokens).acme("admin"), doc.toString(), Map.of())
        .statusCode(200)
        .body("data", nullValue())
        .body("errors[0].message", containsString("complexity"));
  }

  @Test
  void documentWithTooManyTokensIsRefused() {
    StringBuilder doc = new StringBuilder("query Long { me { tenantName");
    for (int i = 0; i < 6000; i++) {
      doc.append(" tenantName");
    }
    doc.append(" } }");
    Gql.postDocument(null, doc.toString(), Map.of())
        .body("data", nullValue())
        .body("errors[0].message", containsString("Unparseable"));
  }

  @Test
  void oversizedBodyGets413BeforeAnyParsing() throws Exception {
    // Announce a 5 MiB body (limit 4M) and send none of it: the server must answer from the
    // headers alone, without reading or parsing anything.
    try (Socket socket = new Socket("localhost", io.restassured.RestAssured.port)) {
      socket.setSoTimeout(10_000);
      String head =
          "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
              + "Content-Length: "
              + (5 * 1024 * 1024)
              + "\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String statusLine =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      assertThat(statusLine).startsWith("HTTP/1.1 413");
    }
  }

  @Test
  void normalQueryPassesTheLimits() {
    Gql.post(new DemoUsers(tokens).acme("admin"), "territories")
        .body("errors", nullValue())
        .body("data.territories.size()", not(equalTo(0)));
  }
}
