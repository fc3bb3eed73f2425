package io.fieldline.backend.sync.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.sync.SyncDb;
import io.fieldline.backend.support.sync.SyncHttp;
import io.fieldline.backend.support.sync.SyncWorld;
import io.fieldline.backend.support.sync.TestDevice;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.PullRequest;
import io.fieldline.sync.wire.json.SyncJson;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP edge: authentication like GraphQL, device ownership (R3), version negotiation (R1),
 * batch caps (R14) and gzip both ways. Each refusal starts from a valid request and breaks one
 * thing; nothing is applied.
 */
@QuarkusTest
class SyncRefusalsTest {

  @Inject DataSource dataSource;
  @Inject DevTokenVerifier tokens;

  private SyncWorld world;
  private SyncDb db;
  private UUID account;
  private TestDevice phone;

  @BeforeEach
  void aRepsPhone() {
    world = SyncWorld.create(dataSource);
    db = new SyncDb(dataSource, world.tenant);
    account = world.account("Acme", world.t1);
    phone = TestDevice.register(tokens.issue(world.tenant, world.rep1));
  }

  @Test
  void aValidPullIsServed() {
    assertThat(phone.pullRaw(10).status()).isEqualTo(200);
  }

  @Test
  void noTokenIs401AndAnExpiredTokenSaysSo() {
    SyncHttp.Reply anonymous = SyncHttp.pull(null, pullBody(phone.id.toString(), 1));
    String expired = tokens.issue(world.tenant, world.rep1, Instant.now().minusSeconds(60));
    SyncHttp.Reply stale = SyncHttp.pull(expired, pullBody(phone.id.toString(), 1));

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.body()).contains("\"code\":\"UNAUTHENTICATED\"");
    assertThat(stale.status()).isEqualTo(401);
    assertThat(stale.body()).contains("\"code\":\"TOKEN_EXPIRED\"");
  }

  @Test
  void r3_aDeviceOfAnotherUserOrAnotherTenantIsRefusedAndNothingIsApplied() {
    TestDevice stranger = TestDevice.register(tokens.issue(world.tenant, world.rep2));
    SyncWorld otherTenant = SyncWorld.create(dataSource);
    String outsider = tokens.issue(otherTenant.tenant, otherTenant.rep1);

    SyncHttp.Reply sameTenant =
        SyncHttp.push(stranger.token, pushBody(phone.id.toString(), contactCreate()));
    SyncHttp.Reply otherTenantReply =
        SyncHttp.push(outsider, pushBody(phone.id.toString(), contactCreate()));

    assertThat(sameTenant.status()).isEqualTo(403);
    assertThat(sameTenant.body()).contains("UNAUTHORIZED_DEVICE");
    assertThat(otherTenantReply.status()).isEqualTo(403);
    assertThat(otherTenantReply.body()).contains("UNAUTHORIZED_DEVICE");
    assertThat(db.count("select count(*) from contact where account_id = ?", account)).isZero();
    assertThat(db.count("select count(*) from sync_mutation")).isZero();
  }

  @Test
  void r1_anUnsupportedProtocolVersionIsRefusedListingTheSupportedOnes() {
    String body =
        pushBody(phone.id.toString(), contactCreate())
            .replace("\"protocolVersion\":1", "\"protocolVersion\":99");

    SyncHttp.Reply reply = SyncHttp.push(phone.token, body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.body())
        .contains("UNSUPPORTED_PROTOCOL_VERSION")
        .contains("\"supportedVersions\":[1]");
    assertThat(db.count("select count(*) from contact where account_id = ?", account)).isZero();
  }

  @Test
  void r14_moreMutationsThanTheCapAre413AndNothingIsApplied() {
    List<Mutation> batch = new ArrayList<>();
    for (int i = 0; i < 501; i++) {
      batch.add(phone.create("contact", contactFields("Lee" + i)));
    }

    SyncHttp.Reply reply = phone.pushRaw(batch);

    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.body()).contains("BATCH_TOO_LARGE").contains("\"maxMutations\":500");
    assertThat(db.count("select count(*) from contact where account_id = ?", account)).isZero();
  }

  @Test
  void r14_aGzipBodyThatInflatesBeyondTheByteCapIs413() throws Exception {
    byte[] huge = ("{\"pad\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes();

    Response response =
        given()
            .header("Authorization", "Bearer " + phone.token)
            .header("Content-Encoding", "gzip")
            .contentType("application/json")
            .body(gzip(huge))
            .post("/sync/push");

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.asString()).contains("BATCH_TOO_LARGE");
  }

  @Test
  void gzipRequestsAreReadAndLargeResponsesAreCompressed() throws Exception {
    for (int i = 0; i < 30; i++) {
      world.account("Account " + i, world.t1);
    }
    byte[] body = pullBody(phone.id.toString(), 100).getBytes(StandardCharsets.UTF_8);

    Response response =
        given()
            .header("Authorization", "Bearer " + phone.token)
            .header("Content-Encoding", "gzip")
            .header("Accept-Encoding", "gzip")
            .contentType("application/json")
            .body(gzip(body))
            .post("/sync/pull");

    response.then().statusCode(200).header("Content-Encoding", equalTo("gzip"));
    assertThat(response.jsonPath().getList("changes")).hasSize(32);
  }

  private Mutation contactCreate() {
    return phone.create("contact", contactFields("Lee"));
  }

  private Map<String, FieldValue> contactFields(String lastName) {
    return Map.of(
        "account_id", FieldValue.of(account.toString()),
        "first_name", FieldValue.of("Ann"),
        "last_name", FieldValue.of(lastName));
  }

  private static String pushBody(String deviceId, Mutation m) {
    return new String(
        SyncJson.encode(io.fieldline.sync.wire.PushRequest.of(1, deviceId, List.of(m))),
        StandardCharsets.UTF_8);
  }

  private static String pullBody(String deviceId, int pageSize) {
    return new String(
        SyncJson.encode(
            new PullRequest(1, deviceId, io.fieldline.sync.wire.Cursor.START, pageSize)),
        StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] body) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(body);
    }
    return out.toByteArray();
  }
}
