package io.fieldline.contract.client.attachments;

import io.fieldline.contract.client.TransportException;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * An in-memory stand-in for the content-addressed attachment endpoints: appends only at the offset
 * it holds, verifies the SHA-256 at the last byte, and can cut the connection after a number of
 * chunks (the chunk is stored, the answer lost) to exercise resuming.
 */
final class FakeAttachmentServer implements AttachmentTransport {
  final Map<String, ByteArrayOutputStream> content = new HashMap<>();
  final Map<String, Boolean> complete = new HashMap<>();
  int chunksReceived;
  int cutAfterChunks = -1;

  @Override
  public long uploadedBytes(String sha256, long size) {
    ByteArrayOutputStream held = content.get(sha256);
    return held == null ? 0 : held.size();
  }

  @Override
  public long uploadChunk(String sha256, long size, String mediaType, long offset, byte[] chunk)
      throws TransportException {
    ByteArrayOutputStream held = content.computeIfAbsent(sha256, k -> new ByteArrayOutputStream());
    if (offset != held.size()) {
      throw new IllegalStateException("chunk at " + offset + " but server holds " + held.size());
    }
    held.writeBytes(chunk);
    chunksReceived++;
    if (held.size() == size) {
      complete.put(sha256, sha256(held.toByteArray()).equals(sha256));
    }
    if (cutAfterChunks >= 0 && chunksReceived >= cutAfterChunks) {
      cutAfterChunks = -1;
      throw new TransportException("connection cut after the chunk was stored");
    }
    return held.size();
  }

  @Override
  public byte[] download(String sha256, long offset, int maxBytes) {
    byte[] all = content.get(sha256).toByteArray();
    int from = (int) Math.min(offset, all.length);
    return Arrays.copyOfRange(all, from, Math.min(all.length, from + maxBytes));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
