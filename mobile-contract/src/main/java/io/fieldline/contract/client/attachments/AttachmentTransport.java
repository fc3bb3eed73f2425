package io.fieldline.contract.client.attachments;

import io.fieldline.contract.client.TransportException;

/**
 * Content-addressed attachment transfer (PROTOCOL.md R42: content travels outside sync messages,
 * addressed by its SHA-256). Uploads are chunked and resumable: the client asks how much the server
 * holds and continues from there. The backend endpoints are being built on another branch; this
 * interface is what the client needs from them.
 */
public interface AttachmentTransport {

  /** How many leading bytes of this content the server holds (0 if none, size when complete). */
  long uploadedBytes(String sha256, long size) throws TransportException;

  /**
   * Sends {@code chunk} at {@code offset}; the server appends it when offset equals what it holds
   * and answers what it now holds (it verifies the SHA-256 when the last byte arrives).
   */
  long uploadChunk(String sha256, long size, String mediaType, long offset, byte[] chunk)
      throws TransportException;

  /** Up to {@code maxBytes} of the content from {@code offset} (empty at the end). */
  byte[] download(String sha256, long offset, int maxBytes) throws TransportException;
}
