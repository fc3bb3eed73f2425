package io.fieldline.backend.sync.attachment;

import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Downloads: the complete content the caller may read ({@link AttachmentAccess}), whole or one byte
 * range, streamed chunk by chunk from the database (never the whole file in memory). Content is
 * immutable once complete, so the check and the streaming may use separate transactions.
 */
@ApplicationScoped
public class AttachmentReader {

  private final DataSource dataSource;
  private final AttachmentAccess access;

  public AttachmentReader(DataSource dataSource, AttachmentAccess access) {
    this.dataSource = dataSource;
    this.access = access;
  }

  /** The complete content the caller may read; NOT_FOUND otherwise (also for other tenants). */
  public UploadStatus readable(FieldlinePrincipal caller, String sha256) {
    AttachmentChecks.sha256(sha256);
    try {
      return TenantTx.jdbc(
          dataSource,
          caller.tenantId(),
          Connection.TRANSACTION_READ_COMMITTED,
          c -> {
            UploadStatus status =
                AttachmentStore.find(c, sha256, false)
                    .filter(UploadStatus::complete)
                    .orElseThrow(() -> AttachmentStore.notFound(sha256));
            if (!access.mayRead(c, sha256, caller)) {
              throw AttachmentStore.notFound(sha256);
            }
            return status;
          });
    } catch (SQLException e) {
      throw AttachmentChecks.failure(e);
    }
  }

  /** Writes bytes {@code range.first()..range.last()} of the content to {@code out}. */
  public void write(FieldlinePrincipal caller, String sha256, ByteRange range, OutputStream out) {
    try {
      TenantTx.jdbc(
          dataSource,
          caller.tenantId(),
          Connection.TRANSACTION_READ_COMMITTED,
          c -> {
            try (PreparedStatement q =
                c.prepareStatement(
                    "select start_offset, data from attachment_chunk where sha256 = ?"
                        + " and start_offset <= ? and start_offset + octet_length(data) > ?"
                        + " order by start_offset")) {
              q.setFetchSize(1);
              q.setString(1, sha256);
              q.setLong(2, range.last());
              q.setLong(3, range.first());
              try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                  long start = rows.getLong(1);
                  byte[] data = rows.getBytes(2);
                  int from = (int) Math.max(0, range.first() - start);
                  int to = (int) Math.min(data.length, range.last() - start + 1);
                  out.write(data, from, to - from);
                }
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            return null;
          });
    } catch (SQLException e) {
      throw AttachmentChecks.failure(e);
    }
  }
}
