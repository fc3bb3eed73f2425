package io.fieldline.backend.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.fieldline.backend.support.Gql;
import io.fieldline.backend.support.auth.UnreachableTokenVerifier;
import io.fieldline.backend.support.sync.SyncHttp;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A token that cannot be checked because of an outage is not a bad token: the caller is told to
 * retry (RETRYABLE, sync 503 with Retry-After) rather than to sign in again (401), so phones keep
 * their session through a database restart.
 */
@QuarkusTest
class AuthOutageTest {
  private static final String TOKEN = UnreachableTokenVerifier.PREFIX + "any";

  @Test
  void graphqlAnswersRetryable() {
    Gql.post(TOKEN, "me")
        .statusCode(200)
        .body("data", nullValue())
        .body("errors[0].extensions.code", equalTo("RETRYABLE"));
  }

  @Test
  void syncAnswers503RetryableNot401() {
    SyncHttp.Reply reply =
        SyncHttp.pull(
            TOKEN, "{\"protocolVersion\":1,\"deviceId\":\"00000000-0000-0000-0000-000000000001\"}");
    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.body()).contains("RETRYABLE");
  }
}
