package io.fieldline.sync.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** An HTTP status and a JSON body, as {@link JsonEndpoint} answers. */
public record EndpointResponse(int status, byte[] body) {

  public EndpointResponse {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status must be an HTTP status but was " + status);
    }
    body = body.clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  /** The body as text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EndpointResponse
        && ((EndpointResponse) o).status == status
        && Arrays.equals(((EndpointResponse) o).body, body);
  }

  @Override
  public int hashCode() {
    return 31 * status + Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return status + " " + bodyText();
  }
}
