package io.fieldline.contract.client.attachments;

import io.fieldline.contract.client.LocalStore;
import io.fieldline.contract.client.TransportException;
import io.fieldline.sync.model.AttachmentRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The device's attachment queue: photos and signatures are copied into a content-addressed folder
 * ({@code <sha256>}), referenced from record fields by {@link AttachmentRef} metadata (R42), and
 * uploaded in chunks that resume where the server stopped. Progress is kept in the local store's
 * {@code attachment} table, so an upload survives an app restart.
 */
public final class AttachmentQueue {
  private final LocalStore store;
  private final Path folder;
  private final AttachmentTransport transport;
  private final int chunkSize;

  public AttachmentQueue(LocalStore store, Path folder, AttachmentTransport transport, int chunk) {
    this.store = store;
    this.folder = folder;
    this.transport = transport;
    this.chunkSize = chunk;
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Queues a file; the metadata to put in a record field (the same content is queued once). */
  public AttachmentRef add(Path file, String mediaType) {
    try {
      String sha = sha256(file);
      Path target = folder.resolve(sha);
      if (!Files.exists(target)) {
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
      long size = Files.size(target);
      String id = UUID.randomUUID().toString();
      store.inTx(
          c ->
              LocalStore.update(
                  c,
                  "insert or ignore into attachment (sha256, id, path, size, media_type)"
                      + " values (?, ?, ?, ?, ?)",
                  sha,
                  id,
                  target.toString(),
                  size,
                  mediaType));
      return new AttachmentRef(UUID.fromString(id), sha, size, mediaType);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Content hashes not yet fully uploaded, oldest first. */
  public List<String> pending() {
    return store.inTx(
        c -> {
          List<String> out = new java.util.ArrayList<>();
          try (var rs =
              c.createStatement()
                  .executeQuery("select sha256 from attachment where done = 0 order by rowid")) {
            while (rs.next()) {
              out.add(rs.getString(1));
            }
          }
          return out;
        });
  }

  /** Uploads what is pending; true when nothing is left, false when the network failed. */
  public boolean uploadPending() {
    for (String sha : pending()) {
      try {
        upload(sha);
      } catch (TransportException e) {
        return false;
      }
    }
    return true;
  }

  private void upload(String sha) throws TransportException {
    Object[] row =
        store.inTx(
            c -> {
              try (var ps =
                  c.prepareStatement(
                      "select path, size, media_type from attachment where sha256 = ?")) {
                ps.setString(1, sha);
                try (var rs = ps.executeQuery()) {
                  rs.next();
                  return new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3)};
                }
              }
            });
    Path path = Path.of((String) row[0]);
    long size = (Long) row[1];
    long offset = transport.uploadedBytes(sha, size);
    try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "r")) {
      while (offset < size) {
        byte[] chunk = new byte[(int) Math.min(chunkSize, size - offset)];
        file.seek(offset);
        file.readFully(chunk);
        offset = transport.uploadChunk(sha, size, (String) row[2], offset, chunk);
        progress(sha, offset, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    progress(sha, size, true);
  }

  private void progress(String sha, long uploaded, boolean done) {
    store.inTx(
        c -> {
          try (var ps =
              c.prepareStatement("update attachment set uploaded = ?, done = ? where sha256 = ?")) {
            ps.setLong(1, uploaded);
            ps.setInt(2, done ? 1 : 0);
            ps.setString(3, sha);
            return ps.executeUpdate();
          }
        });
  }

  /** Bytes of this content uploaded so far, as last acknowledged by the server. */
  public long uploaded(String sha) {
    return store.inTx(
        c -> {
          try (var ps = c.prepareStatement("select uploaded from attachment where sha256 = ?")) {
            ps.setString(1, sha);
            try (var rs = ps.executeQuery()) {
              return rs.next() ? rs.getLong(1) : 0L;
            }
          }
        });
  }

  /**
   * The content of a referenced attachment, downloaded into the folder if missing (resuming a
   * partial download) and checked against its SHA-256.
   */
  public Path fetch(AttachmentRef ref) throws TransportException {
    Path target = folder.resolve(ref.sha256());
    if (Files.exists(target)) {
      return target;
    }
    Path part = folder.resolve(ref.sha256() + ".part");
    try {
      long offset = Files.exists(part) ? Files.size(part) : 0;
      while (offset < ref.size()) {
        byte[] bytes = transport.download(ref.sha256(), offset, chunkSize);
        if (bytes.length == 0) {
          break;
        }
        Files.write(part, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        offset += bytes.length;
      }
      if (!sha256(part).equals(ref.sha256())) {
        Files.delete(part);
        throw new TransportException("downloaded content does not match " + ref.sha256());
      }
      return Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
