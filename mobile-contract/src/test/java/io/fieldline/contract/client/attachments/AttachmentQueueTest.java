package io.fieldline.contract.client.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.contract.client.LocalStore;
import io.fieldline.sync.model.AttachmentRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chunked, resumable, content-addressed uploads and downloads against a fake server. */
class AttachmentQueueTest {
  @TempDir Path dir;

  private Path photo(String name, int size, long seed) throws Exception {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void r42_aPhotoIsReferencedByItsHashAndUploadedInChunks() throws Exception {
    FakeAttachmentServer server = new FakeAttachmentServer();
    AttachmentQueue queue =
        new AttachmentQueue(LocalStore.open(":memory:"), dir.resolve("blobs"), server, 1000);
    Path file = photo("a.jpg", 4500, 1);

    AttachmentRef ref = queue.add(file, "image/jpeg");

    assertThat(ref.sha256()).isEqualTo(FakeAttachmentServer.sha256(Files.readAllBytes(file)));
    assertThat(ref.size()).isEqualTo(4500);
    assertThat(queue.pending()).containsExactly(ref.sha256());
    assertThat(queue.uploadPending()).isTrue();
    assertThat(server.chunksReceived).isEqualTo(5);
    assertThat(server.complete).containsEntry(ref.sha256(), true);
    assertThat(queue.pending()).isEmpty();
  }

  @Test
  void aCutUploadResumesWhereTheServerStoppedWithoutResendingChunks() throws Exception {
    FakeAttachmentServer server = new FakeAttachmentServer();
    LocalStore store = LocalStore.open(dir.resolve("phone.db").toString());
    AttachmentQueue queue = new AttachmentQueue(store, dir.resolve("blobs"), server, 1000);
    AttachmentRef ref = queue.add(photo("b.jpg", 5500, 2), "image/jpeg");
    server.cutAfterChunks = 3;

    assertThat(queue.uploadPending()).isFalse();
    assertThat(queue.uploaded(ref.sha256())).isEqualTo(2000);
    AttachmentQueue restarted = new AttachmentQueue(store, dir.resolve("blobs"), server, 1000);
    assertThat(restarted.uploadPending()).isTrue();

    assertThat(server.chunksReceived).isEqualTo(6);
    assertThat(server.complete).containsEntry(ref.sha256(), true);
  }

  @Test
  void theSameContentIsStoredOnceAndADownloadIsVerified() throws Exception {
    FakeAttachmentServer server = new FakeAttachmentServer();
    AttachmentQueue phone =
        new AttachmentQueue(LocalStore.open(":memory:"), dir.resolve("p1"), server, 700);
    Path file = photo("c.jpg", 3000, 3);
    AttachmentRef first = phone.add(file, "image/jpeg");
    AttachmentRef again = phone.add(file, "image/jpeg");
    assertThat(phone.pending()).hasSize(1);
    phone.uploadPending();

    AttachmentQueue other =
        new AttachmentQueue(LocalStore.open(":memory:"), dir.resolve("p2"), server, 700);
    Path fetched = other.fetch(again);

    assertThat(first.sha256()).isEqualTo(again.sha256());
    assertThat(Files.readAllBytes(fetched)).isEqualTo(Files.readAllBytes(file));
  }
}
