package io.fieldline.backend.sync.attachment;

/**
 * Where an upload stands: {@code received} bytes of {@code size} stored in order; {@code complete}
 * once finalized with the verified SHA-256 (or when the tenant had the content already).
 */
public record UploadStatus(
    String sha256, long size, String mediaType, long received, boolean complete) {}
