package io.fieldline.backend.sync.entity;

import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.sync.model.RecordState;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Domain effects of a device's write beyond its own row (a visit's status change appends its
 * transition and moves the work order; a quote line re-prices the quote), run by {@link
 * TableWriter} in the mutation's transaction after the row was written. Writes to other synced
 * tables are captured like any server write, so devices get them in their next pull.
 */
@FunctionalInterface
public interface DeviceWriteHook {

  /** No effects. */
  DeviceWriteHook NONE = (c, state, before) -> {};

  /**
   * Runs after the row of {@code state} was inserted or updated.
   *
   * @param before the row as it was ({@code to_jsonb}), or null for an insert
   */
  void afterWrite(Connection c, RecordState state, JsonNode before) throws SQLException;
}
