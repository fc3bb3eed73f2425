package io.fieldline.backend.sync.attachment;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.regex.Pattern;

/** Input checks and database-failure mapping shared by the attachment classes. */
final class AttachmentChecks {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private AttachmentChecks() {}

  /** Refuses anything but 64 lower-case hex digits. */
  static void sha256(String sha256) {
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw ApiException.invalid("sha256", "sha256 must be 64 lower-case hex digits");
    }
  }

  /** A temporary database condition is RETRYABLE; anything else is a bug (INTERNAL, logged). */
  static RuntimeException failure(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.isEmpty()
        || state.equals("40001")
        || state.equals("40P01")
        || state.startsWith("08")
        || state.startsWith("53")
        || state.startsWith("57P")
        || e instanceof SQLTransientConnectionException) {
      return new ApiException(ErrorCode.RETRYABLE, "The database is busy or unavailable; retry");
    }
    return new IllegalStateException("attachment statement failed (SQLSTATE " + state + ")", e);
  }
}
