package io.fieldline.backend.sync.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.sync.ReferencePhone;
import io.fieldline.backend.support.sync.SyncDb;
import io.fieldline.backend.support.sync.SyncWorld;
import io.fieldline.backend.sync.poke.SyncPokes;
import io.fieldline.contract.client.Backoff;
import io.fieldline.contract.client.attachments.AttachmentQueue;
import io.fieldline.contract.client.attachments.HttpAttachmentTransport;
import io.fieldline.contract.client.poke.GraphqlTransportWs;
import io.fieldline.contract.client.poke.PokeSubscription;
import io.fieldline.sync.model.AttachmentRef;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The reference client's attachment queue over the backend's {@code /sync/attachments} endpoints
 * ({@link HttpAttachmentTransport}: chunked, resumed after a cut upload, downloaded by range and
 * checked) and its poke subscription on the backend's {@code syncPoke} over a real WebSocket.
 */
@QuarkusTest
class ReferenceClientAttachmentsAndPokeTest {

  @Inject DataSource dataSource;
  @Inject DevTokenVerifier tokens;
  @Inject SyncPokes pokes;

  @TestHTTPResource("/")
  URI base;

  @TestHTTPResource("/graphql")
  URI graphql;

  @Test
  void aPhotoUploadsInChunksResumesAfterACutAndDownloadsIdentical() throws Exception {
    SyncWorld world = SyncWorld.create(dataSource);
    String token = tokens.issue(world.tenant, world.tech);
    ReferencePhone phone = ReferencePhone.open(base, token, 51);
    byte[] content = new byte[4_500];
    new Random(51).nextBytes(content);
    Path photo = ReferencePhone.temporaryFile("photo", ".jpg");
    Files.write(photo, content);
    HttpAttachmentTransport http = new HttpAttachmentTransport(base, () -> token);
    AttachmentQueue queue =
        new AttachmentQueue(phone.store, Files.createTempDirectory("outgoing"), http, 1_000);
    AttachmentRef ref = queue.add(photo, "image/jpeg");

    // the first chunk went out, then the connection was cut: the queue must resume at 1000
    assertThat(http.uploadChunk(ref.sha256(), ref.size(), "image/jpeg", 0, chunk(content, 0)))
        .isEqualTo(1_000);
    assertThat(http.uploadedBytes(ref.sha256(), ref.size())).isEqualTo(1_000);
    assertThat(queue.uploadPending()).isTrue();

    SyncDb db = new SyncDb(dataSource, world.tenant);
    assertThat(
            db.count(
                "select count(*) from attachment_content where sha256 = ? and complete"
                    + " and received = 4500",
                ref.sha256()))
        .isOne();
    assertThat(queue.pending()).isEmpty();
    assertThat(queue.uploaded(ref.sha256())).isEqualTo(4_500);
    assertThat(http.uploadChunk(ref.sha256(), ref.size(), "image/jpeg", 0, chunk(content, 0)))
        .as("a resend after completion changes nothing")
        .isEqualTo(4_500);

    ReferencePhone tablet = ReferencePhone.open(base, token, 52);
    AttachmentQueue incoming =
        new AttachmentQueue(tablet.store, Files.createTempDirectory("incoming"), http, 1_000);
    assertThat(Files.readAllBytes(incoming.fetch(ref))).isEqualTo(content);
  }

  @Test
  void thePokeSubscriptionOfTheBackendCallsBackWhenTheScopeChanges() throws Exception {
    SyncWorld world = SyncWorld.create(dataSource);
    String token = tokens.issue(world.tenant, world.rep1);
    ReferencePhone phone = ReferencePhone.fresh(base, token, 53);
    assertThat(phone.client.sync().complete()).isTrue();
    LinkedBlockingQueue<GraphqlTransportWs.Event> events = new LinkedBlockingQueue<>();
    URI ws = URI.create(graphql.toString().replaceFirst("^http", "ws"));
    int before = pokes.subscriptions();
    try (PokeSubscription subscription =
        new PokeSubscription(
            HttpClient.newHttpClient(),
            ws,
            PokeSubscription.SYNC_POKE,
            () -> token,
            events::add,
            new Backoff(50, 500, 53))) {
      subscription.start().get(10, TimeUnit.SECONDS);
      assertThat(events.poll(10, TimeUnit.SECONDS))
          .isInstanceOf(GraphqlTransportWs.Event.Acknowledged.class);
      long deadline = System.currentTimeMillis() + 5_000;
      while (pokes.subscriptions() <= before && System.currentTimeMillis() < deadline) {
        Thread.sleep(10);
      }

      world.account("Poked customer", world.t1);

      GraphqlTransportWs.Event poke = events.poll(10, TimeUnit.SECONDS);
      assertThat(poke)
          .isInstanceOfSatisfying(
              GraphqlTransportWs.Event.Next.class,
              next -> assertThat(next.data().at("/syncPoke/position").asText()).matches("\\d+"));
      assertThat(phone.client.sync().pulledChanges()).isPositive();
    }
  }

  private static byte[] chunk(byte[] content, int offset) {
    return Arrays.copyOfRange(content, offset, Math.min(content.length, offset + 1_000));
  }
}
