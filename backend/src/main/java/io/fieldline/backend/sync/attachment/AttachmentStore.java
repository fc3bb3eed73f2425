package io.fieldline.backend.sync.attachment;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Attachment content in PostgreSQL: one {@code attachment_content} row per (tenant, SHA-256) and
 * its bytes as {@code attachment_chunk} rows appended strictly in order (a chunk must start at the
 * upload's {@code received} offset; a chunk that was stored already is acknowledged again, so a
 * client that lost an answer simply resends). Finalizing reads the chunks back and compares their
 * SHA-256 with the declared one: a mismatch discards the bytes. Every transaction runs through
 * {@link TenantTx#jdbc}, so row-level security keeps tenants apart. Blocking: call on a worker
 * thread.
 */
@ApplicationScoped
public class AttachmentStore {

  private static final String STATUS_COLUMNS = "sha256, size, media_type, received, complete";

  private final DataSource dataSource;
  private final AttachmentSettings settings;
  private final AttachmentAccess access;

  public AttachmentStore(
      DataSource dataSource, AttachmentSettings settings, AttachmentAccess access) {
    this.dataSource = dataSource;
    this.settings = settings;
    this.access = access;
  }

  /**
   * Declares an upload of content with this hash, size and type (idempotent). The caller becomes
   * one of its uploaders unless the tenant holds the complete content already: then nothing needs
   * uploading (the answer says complete) and the bytes are stored once.
   */
  public UploadStatus declare(FieldlinePrincipal caller, String sha256, long size, String type) {
    AttachmentChecks.sha256(sha256);
    if (size < 0) {
      throw ApiException.invalid("size", "size must not be negative");
    }
    if (size > settings.maxBytes()) {
      throw new ApiException(
          ErrorCode.ATTACHMENT_TOO_LARGE,
          "Attachments may have at most " + settings.maxBytes() + " bytes; this one has " + size);
    }
    if (type == null || !AttachmentTypes.allowed(type)) {
      throw new ApiException(
          ErrorCode.ATTACHMENT_TYPE_NOT_ALLOWED,
          "Media type " + type + " is not accepted; accepted: " + AttachmentTypes.ALLOWED);
    }
    return tx(
        caller,
        c -> {
          update(
              c,
              "insert into attachment_content (sha256, size, media_type) values (?, ?, ?)"
                  + " on conflict (tenant_id, sha256) do nothing",
              sha256,
              size,
              type);
          UploadStatus status = lock(c, sha256).orElseThrow();
          if (status.size() != size) {
            throw ApiException.invalid(
                "size", "content with this SHA-256 has " + status.size() + " bytes, not " + size);
          }
          if (!status.complete()) {
            update(
                c,
                "insert into attachment_uploader (sha256, user_id) values (?, ?)"
                    + " on conflict do nothing",
                sha256,
                caller.userId());
          }
          return status;
        });
  }

  /** Where the caller's upload stands (to resume after an interruption). */
  public UploadStatus status(FieldlinePrincipal caller, String sha256) {
    AttachmentChecks.sha256(sha256);
    return tx(
        caller,
        c -> {
          UploadStatus status = find(c, sha256, false).orElseThrow(() -> notFound(sha256));
          if (!status.complete() && !access.isUploader(c, sha256, caller.userId())) {
            throw notFound(sha256);
          }
          return status;
        });
  }

  /**
   * Stores {@code bytes} at {@code offset}. The chunk must start at the upload's {@code received}
   * offset; a chunk lying wholly below it (a resend) is acknowledged without storing anything.
   */
  public UploadStatus append(FieldlinePrincipal caller, String sha256, long offset, byte[] bytes) {
    AttachmentChecks.sha256(sha256);
    if (bytes.length > settings.maxChunkBytes()) {
      throw new ApiException(
          ErrorCode.LIMIT_EXCEEDED,
          "A chunk may have at most " + settings.maxChunkBytes() + " bytes; send smaller chunks");
    }
    return tx(
        caller,
        c -> {
          UploadStatus status = uploading(c, caller, sha256);
          if (status.complete() || (offset + bytes.length <= status.received() && offset >= 0)) {
            return status;
          }
          if (offset != status.received()) {
            throw new ApiException(
                ErrorCode.ATTACHMENT_OFFSET_MISMATCH,
                "The upload continues at offset " + status.received() + ", not " + offset,
                "offset");
          }
          if (bytes.length == 0 || offset + bytes.length > status.size()) {
            throw ApiException.invalid(
                "offset",
                "a chunk must hold 1 to "
                    + (status.size() - offset)
                    + " bytes at offset "
                    + offset);
          }
          update(
              c,
              "insert into attachment_chunk (sha256, start_offset, data) values (?, ?, ?)",
              sha256,
              offset,
              bytes);
          update(
              c,
              "update attachment_content set received = ? where sha256 = ?",
              offset + bytes.length,
              sha256);
          return new UploadStatus(
              sha256, status.size(), status.mediaType(), offset + bytes.length, false);
        });
  }

  /**
   * Completes an upload whose bytes have all arrived: their SHA-256 must be the declared one. On a
   * mismatch the bytes are discarded (the upload starts again at 0) and ATTACHMENT_HASH_MISMATCH is
   * thrown.
   */
  public UploadStatus finish(FieldlinePrincipal caller, String sha256) {
    AttachmentChecks.sha256(sha256);
    UploadStatus result =
        tx(
            caller,
            c -> {
              UploadStatus status = uploading(c, caller, sha256);
              if (status.complete()) {
                return status;
              }
              if (status.received() < status.size()) {
                throw new ApiException(
                    ErrorCode.ATTACHMENT_INCOMPLETE,
                    "The upload has " + status.received() + " of " + status.size() + " bytes");
              }
              if (!digest(c, sha256).equals(sha256)) {
                update(c, "delete from attachment_chunk where sha256 = ?", sha256);
                update(c, "update attachment_content set received = 0 where sha256 = ?", sha256);
                return null;
              }
              update(
                  c,
                  "update attachment_content set complete = true, completed_at = now()"
                      + " where sha256 = ?",
                  sha256);
              return new UploadStatus(
                  sha256, status.size(), status.mediaType(), status.size(), true);
            });
    if (result == null) {
      throw new ApiException(
          ErrorCode.ATTACHMENT_HASH_MISMATCH,
          "The uploaded bytes do not have SHA-256 "
              + sha256
              + "; they were discarded, upload again");
    }
    return result;
  }

  private UploadStatus uploading(Connection c, FieldlinePrincipal caller, String sha256)
      throws SQLException {
    UploadStatus status = lock(c, sha256).orElseThrow(() -> notFound(sha256));
    if (!status.complete() && !access.isUploader(c, sha256, caller.userId())) {
      throw notFound(sha256);
    }
    return status;
  }

  private static String digest(Connection c, String sha256) throws SQLException {
    MessageDigest digest = sha256Digest();
    try (PreparedStatement q =
        c.prepareStatement(
            "select data from attachment_chunk where sha256 = ? order by start_offset")) {
      q.setFetchSize(1);
      q.setString(1, sha256);
      try (ResultSet rows = q.executeQuery()) {
        while (rows.next()) {
          digest.update(rows.getBytes(1));
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static Optional<UploadStatus> find(Connection c, String sha256, boolean forUpdate)
      throws SQLException {
    try (PreparedStatement q =
        c.prepareStatement(
            "select "
                + STATUS_COLUMNS
                + " from attachment_content where sha256 = ?"
                + (forUpdate ? " for update" : ""))) {
      q.setString(1, sha256);
      try (ResultSet r = q.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new UploadStatus(
                r.getString(1), r.getLong(2), r.getString(3), r.getLong(4), r.getBoolean(5)));
      }
    }
  }

  private static Optional<UploadStatus> lock(Connection c, String sha256) throws SQLException {
    return find(c, sha256, true);
  }

  static ApiException notFound(String sha256) {
    return new ApiException(ErrorCode.NOT_FOUND, "No attachment " + sha256 + " for you");
  }

  private <T> T tx(FieldlinePrincipal caller, TenantTx.JdbcWork<T> work) {
    try {
      return TenantTx.jdbc(
          dataSource, caller.tenantId(), Connection.TRANSACTION_READ_COMMITTED, work);
    } catch (SQLException e) {
      throw AttachmentChecks.failure(e);
    }
  }

  static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i]);
      }
      return p.executeUpdate();
    }
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
