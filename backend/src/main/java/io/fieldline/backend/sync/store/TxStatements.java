package io.fieldline.backend.sync.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A store transaction's statements as a {@link DomainSink} sees them: writes it queues go with the
 * transaction's next read (or its commit) in one round trip ({@link DeferredWrites}); statements
 * whose results it needs run on the connection, after everything queued was sent.
 */
public interface TxStatements {

  /**
   * Queues a write whose outcome is not read back; a failure fails the transaction at its next read
   * or at its commit. Parameters bind as in the store ({@code null} as an untyped null).
   */
  void defer(String sql, Object... params);

  /** The transaction's connection, with every queued statement sent. */
  Connection connection() throws SQLException;
}
