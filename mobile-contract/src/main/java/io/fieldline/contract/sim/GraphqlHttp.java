package io.fieldline.contract.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fieldline.contract.schema.ApiVersion;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Posts the contract's operation documents ({@code graphql/operations/<name>.graphql}). */
final class GraphqlHttp {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI endpoint;
  private final String token;

  GraphqlHttp(URI base, String token) {
    this.endpoint = base.resolve("/graphql");
    this.token = token;
  }

  /** Runs operation {@code name} (e.g. {@code device/registerDevice}); the response's data. */
  JsonNode run(String name, JsonNode variables) throws IOException, InterruptedException {
    String document = ApiVersion.resource("graphql/operations/" + name + ".graphql");
    ObjectNode body = MAPPER.createObjectNode().put("query", document);
    body.set("variables", variables);
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    JsonNode answer = MAPPER.readTree(response.body());
    if (response.statusCode() != 200 || answer.hasNonNull("errors")) {
      throw new IOException(name + " failed (" + response.statusCode() + "): " + answer);
    }
    return answer.get("data");
  }
}
