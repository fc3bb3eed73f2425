package io.fieldline.backend.sync.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.sync.SyncWorld;
import io.fieldline.backend.support.sync.TestDevice;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.wire.AppliedResult;
import io.fieldline.sync.wire.Change;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.RejectedResult;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Attachment metadata travels in the sync stream as the entity {@code attachment}, following its
 * account's scopes; whoever's scope holds it may download the content.
 */
@QuarkusTest
class AttachmentSyncTest {

  @Inject DataSource dataSource;
  @Inject DevTokenVerifier tokens;

  private SyncWorld world;
  private UUID account;
  private TestDevice phone;
  private TestDevice tablet;
  private TestDevice rep2;

  @BeforeEach
  void rep1HasAnAccountOnTwoDevices() {
    world = SyncWorld.create(dataSource);
    account = world.account("Acme", world.t1);
    String token = tokens.issue(world.tenant, world.rep1);
    phone = TestDevice.register(token);
    tablet = TestDevice.register(token);
    rep2 = TestDevice.register(tokens.issue(world.tenant, world.rep2));
    phone.pull();
    tablet.pull();
    rep2.pull();
  }

  @Test
  void aPhotoTakenOnOneDeviceReachesTheOtherAndItsContentFollowsTheScope() {
    byte[] photo = AttachmentUploadTest.bytes(40_000, 7);
    String sha = AttachmentUploadTest.sha256(photo);
    AttachmentUploadTest.upload(phone.token, photo, "image/jpeg");
    Mutation create = phone.create("attachment", metadata(sha, photo.length, "image/jpeg"));

    assertThat(phone.push(create).results().get(0)).isInstanceOf(AppliedResult.class);

    RecordKey key = new RecordKey("attachment", create.recordId());
    List<Change> toTablet = tablet.pull();
    assertThat(toTablet).hasSize(1);
    assertThat(tablet.get(key).value("sha256")).isEqualTo(FieldValue.of(sha));
    assertThat(tablet.get(key).value("record_type")).isEqualTo(FieldValue.of("visit"));
    assertThat(rep2.pull()).isEmpty();
    assertThat(AttachmentUploadTest.get(rep2.token, "/sync/attachments/" + sha).statusCode())
        .isEqualTo(404);

    world.sql("update account set territory_id = ? where id = ?", world.t2, account);

    List<Change> toRep2 = rep2.pull();
    assertThat(rep2.holds(key)).isTrue();
    assertThat(((Change.Grant) toRep2.get(0)).related()).extracting(r -> r.key()).contains(key);
    assertThat(AttachmentUploadTest.get(rep2.token, "/sync/attachments/" + sha).asByteArray())
        .isEqualTo(photo);
  }

  @Test
  void aDeviceCannotDeclareAnAttachmentOfATypeTheServerRefuses() {
    Mutation html = phone.create("attachment", metadata("ab".repeat(32), 10, "text/html"));

    Object result = phone.push(html).results().get(0);

    assertThat(result).isInstanceOf(RejectedResult.class);
    assertThat(((RejectedResult) result).message()).contains("media_type");
  }

  private Map<String, FieldValue> metadata(String sha, long size, String type) {
    Map<String, FieldValue> fields = new HashMap<>();
    fields.put("account_id", FieldValue.of(account.toString()));
    fields.put("record_type", FieldValue.of("visit"));
    fields.put("record_id", FieldValue.of(UUID.randomUUID().toString()));
    fields.put("sha256", FieldValue.of(sha));
    fields.put("size", FieldValue.of(size));
    fields.put("media_type", FieldValue.of(type));
    fields.put("file_name", FieldValue.of("pump.jpg"));
    return fields;
  }
}
