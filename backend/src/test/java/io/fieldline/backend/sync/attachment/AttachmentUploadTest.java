package io.fieldline.backend.sync.attachment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.sync.SyncDb;
import io.fieldline.backend.support.sync.SyncWorld;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Attachment content over HTTP: chunked, resumable upload, verified hash, stored once per tenant,
 * ranged download, limits with stable codes, and no reading across tenants.
 */
@QuarkusTest
class AttachmentUploadTest {

  @Inject DataSource dataSource;
  @Inject DevTokenVerifier tokens;

  private SyncWorld world;
  private String rep1;

  @BeforeEach
  void aTenant() {
    world = SyncWorld.create(dataSource);
    rep1 = tokens.issue(world.tenant, world.rep1);
  }

  @Test
  void anInterruptedUploadResumesWhereTheServerStandsAndDownloadsWholeOrByRange() {
    byte[] photo = bytes(250_000, 1);
    String sha = sha256(photo);
    declare(rep1, sha, photo.length, "image/jpeg").then().statusCode(200);
    put(rep1, sha, 0, Arrays.copyOfRange(photo, 0, 100_000)).then().statusCode(200);
    // the connection dropped here: the client lost its own count and asks the server
    Response status = get(rep1, "/sync/attachments/" + sha + "/status");
    assertThat(status.statusCode()).isEqualTo(200);
    assertThat(status.jsonPath().getLong("received")).isEqualTo(100_000L);
    assertThat(status.jsonPath().getBoolean("complete")).isFalse();

    Response skipped = put(rep1, sha, 150_000, Arrays.copyOfRange(photo, 150_000, 250_000));
    assertThat(skipped.statusCode()).isEqualTo(409);
    assertThat(skipped.jsonPath().getString("code")).isEqualTo("ATTACHMENT_OFFSET_MISMATCH");
    Response early = post(rep1, "/sync/attachments/" + sha + "/finalize");
    assertThat(early.jsonPath().getString("code")).isEqualTo("ATTACHMENT_INCOMPLETE");
    // a resent chunk the server has already is acknowledged, not stored twice
    put(rep1, sha, 0, Arrays.copyOfRange(photo, 0, 100_000)).then().statusCode(200);
    put(rep1, sha, 100_000, Arrays.copyOfRange(photo, 100_000, 250_000)).then().statusCode(200);
    Response done = post(rep1, "/sync/attachments/" + sha + "/finalize");
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.jsonPath().getBoolean("complete")).isTrue();

    Response whole = get(rep1, "/sync/attachments/" + sha);
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.contentType()).startsWith("image/jpeg");
    assertThat(whole.header("Accept-Ranges")).isEqualTo("bytes");
    assertThat(whole.asByteArray()).isEqualTo(photo);
    Response part =
        given()
            .header("Authorization", "Bearer " + rep1)
            .header("Range", "bytes=99990-100009")
            .get("/sync/attachments/" + sha);
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.header("Content-Range")).isEqualTo("bytes 99990-100009/250000");
    assertThat(part.asByteArray()).isEqualTo(Arrays.copyOfRange(photo, 99_990, 100_010));
    Response tail =
        given()
            .header("Authorization", "Bearer " + rep1)
            .header("Range", "bytes=-10")
            .get("/sync/attachments/" + sha);
    assertThat(tail.asByteArray()).isEqualTo(Arrays.copyOfRange(photo, 249_990, 250_000));
    Response outside =
        given()
            .header("Authorization", "Bearer " + rep1)
            .header("Range", "bytes=250000-")
            .get("/sync/attachments/" + sha);
    assertThat(outside.statusCode()).isEqualTo(416);
    assertThat(outside.jsonPath().getString("code")).isEqualTo("RANGE_NOT_SATISFIABLE");
  }

  @Test
  void theSameContentUploadedTwiceIsStoredOnce() {
    byte[] signature = bytes(5_000, 2);
    String sha = sha256(signature);
    upload(rep1, signature, "image/png");
    String rep2 = tokens.issue(world.tenant, world.rep2);

    Response again = declare(rep2, sha, signature.length, "image/png");
    Response mine = declare(rep1, sha, signature.length, "image/png");

    assertThat(again.jsonPath().getBoolean("complete")).isTrue();
    assertThat(mine.jsonPath().getBoolean("complete")).isTrue();
    SyncDb db = new SyncDb(dataSource, world.tenant);
    assertThat(db.count("select count(*) from attachment_content where sha256 = ?", sha))
        .isEqualTo(1);
    assertThat(db.count("select count(*) from attachment_chunk where sha256 = ?", sha))
        .isEqualTo(1);
    // rep2 only claimed to have it: without an attachment record in its scope, no download
    assertThat(get(rep2, "/sync/attachments/" + sha).statusCode()).isEqualTo(404);
    assertThat(
            get(tokens.issue(world.tenant, world.manager), "/sync/attachments/" + sha)
                .asByteArray())
        .isEqualTo(signature);
  }

  @Test
  void bytesThatDoNotHaveTheDeclaredHashAreRefusedAndDiscarded() {
    byte[] real = bytes(3_000, 3);
    byte[] forged = bytes(3_000, 4);
    String sha = sha256(real);
    declare(rep1, sha, real.length, "application/pdf").then().statusCode(200);
    put(rep1, sha, 0, forged).then().statusCode(200);

    Response refused = post(rep1, "/sync/attachments/" + sha + "/finalize");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.jsonPath().getString("code")).isEqualTo("ATTACHMENT_HASH_MISMATCH");
    Response status = get(rep1, "/sync/attachments/" + sha + "/status");
    assertThat(status.jsonPath().getLong("received")).isZero();
    assertThat(status.jsonPath().getBoolean("complete")).isFalse();
    assertThat(get(rep1, "/sync/attachments/" + sha).statusCode()).isEqualTo(404);
    upload(rep1, real, "application/pdf");
    assertThat(get(rep1, "/sync/attachments/" + sha).asByteArray()).isEqualTo(real);
  }

  @Test
  void sizeTypeAndInputLimitsHaveStableCodes() {
    String sha = sha256(bytes(10, 5));
    Response big = declare(rep1, sha, 26_214_401L, "image/jpeg");
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(big.jsonPath().getString("code")).isEqualTo("ATTACHMENT_TOO_LARGE");
    Response html = declare(rep1, sha, 10, "text/html");
    assertThat(html.statusCode()).isEqualTo(415);
    assertThat(html.jsonPath().getString("code")).isEqualTo("ATTACHMENT_TYPE_NOT_ALLOWED");
    Response badHash = declare(rep1, "ABC", 10, "image/jpeg");
    assertThat(badHash.statusCode()).isEqualTo(400);
    assertThat(badHash.jsonPath().getString("field")).isEqualTo("sha256");
    declare(rep1, sha, 10, "image/jpeg").then().statusCode(200);
    Response overflow = put(rep1, sha, 0, bytes(11, 5));
    assertThat(overflow.statusCode()).isEqualTo(400);
    assertThat(overflow.jsonPath().getString("code")).isEqualTo("VALIDATION_FAILED");
    Response chunkTooBig = put(rep1, sha, 0, new byte[1_048_577]);
    assertThat(chunkTooBig.statusCode()).isEqualTo(413);
    assertThat(given().get("/sync/attachments/" + sha + "/status").statusCode()).isEqualTo(401);
    SyncDb db = new SyncDb(dataSource, world.tenant);
    assertThat(db.count("select count(*) from attachment_content where size > 1000")).isZero();
  }

  @Test
  void anotherTenantCannotReadOrResumeIt() {
    byte[] photo = bytes(8_000, 6);
    String sha = sha256(photo);
    upload(rep1, photo, "image/webp");
    SyncWorld other = SyncWorld.create(dataSource);
    String stranger = tokens.issue(other.tenant, other.manager);

    Response read = get(stranger, "/sync/attachments/" + sha);
    Response status = get(stranger, "/sync/attachments/" + sha + "/status");

    assertThat(read.statusCode()).isEqualTo(404);
    assertThat(read.jsonPath().getString("code")).isEqualTo("NOT_FOUND");
    assertThat(status.statusCode()).isEqualTo(404);
    // declaring the same content there starts an empty upload of its own tenant
    Response declared = declare(stranger, sha, photo.length, "image/webp");
    assertThat(declared.jsonPath().getBoolean("complete")).isFalse();
    assertThat(declared.jsonPath().getLong("received")).isZero();
  }

  static void upload(String token, byte[] content, String type) {
    String sha = sha256(content);
    declare(token, sha, content.length, type).then().statusCode(200);
    put(token, sha, 0, content).then().statusCode(200);
    post(token, "/sync/attachments/" + sha + "/finalize").then().statusCode(200);
  }

  static Response declare(String token, String sha, long size, String type) {
    return given()
        .header("Authorization", "Bearer " + token)
        .contentType("application/json")
        .body(Map.of("sha256", sha, "size", size, "mediaType", type))
        .post("/sync/attachments");
  }

  static Response put(String token, String sha, long offset, byte[] chunk) {
    return given()
        .header("Authorization", "Bearer " + token)
        .contentType("application/octet-stream")
        .body(chunk)
        .put("/sync/attachments/" + sha + "/chunks/" + offset);
  }

  static Response post(String token, String path) {
    return given().header("Authorization", "Bearer " + token).post(path);
  }

  static Response get(String token, String path) {
    return given().header("Authorization", "Bearer " + token).get(path);
  }

  static byte[] bytes(int n, long seed) {
    byte[] out = new byte[n];
    new Random(seed).nextBytes(out);
    return out;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
