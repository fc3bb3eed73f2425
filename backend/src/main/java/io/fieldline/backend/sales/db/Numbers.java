package io.fieldline.backend.sales.db;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Human-readable record numbers (Q-000042, SO-000007), unique per tenant. Taken from a per-tenant
 * counter row locked by the upsert, so concurrent transactions never get the same number; a rolled
 * back transaction leaves a gap, which is allowed.
 */
public final class Numbers {
  private Numbers() {}

  /** The next number of a sequence ({@code QUOTE} or {@code ORDER}) with its prefix. */
  public static Uni<String> next(SqlConnection c, String sequence, String prefix) {
    return Sql.exec(
            c,
            "insert into number_sequence (name, last_value) values ($1, 1)"
                + " on conflict (tenant_id, name) do update"
                + " set last_value = number_sequence.last_value + 1 returning last_value",
            sequence)
        .map(rows -> String.format("%s-%06d", prefix, rows.iterator().next().getLong(0)));
  }
}
