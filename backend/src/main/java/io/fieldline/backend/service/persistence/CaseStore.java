package io.fieldline.backend.service.persistence;

import io.fieldline.backend.service.CaseStatus;
import io.fieldline.backend.service.ServiceCase;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Writes cases; call inside a tenant transaction. */
@ApplicationScoped
public class CaseStore {

  /** The case, locked for this transaction, or null when it is not in the tenant. */
  public Uni<ServiceCase> lock(SqlConnection c, UUID id) {
    return c.preparedQuery(
            "select k.id, k.status, k.account_id, k.site_id, a.territory_id from service_case k"
                + " join account a on a.id = k.account_id where k.id = $1 for update of k")
        .execute(Tuple.of(id))
        .map(
            rows ->
                Rows.first(
                    rows,
                    r ->
                        new ServiceCase(
                            r.getUUID("id"),
                            Rows.enumOf(CaseStatus.class, r, "status"),
                            r.getUUID("account_id"),
                            r.getUUID("site_id"),
                            r.getUUID("territory_id"))));
  }

  /** Moves the case to {@code status}; a resolution is kept for RESOLVED and CLOSED only. */
  public Uni<Void> setStatus(SqlConnection c, UUID id, CaseStatus status, String resolution) {
    return c.preparedQuery(
            "update service_case set status = $2,"
                + " resolution = case when $2 in ('RESOLVED', 'CLOSED') then coalesce($3, resolution) end,"
                + " resolved_at = case when $2 in ('RESOLVED', 'CLOSED')"
                + " then coalesce(resolved_at, now()) end,"
                + " updated_at = now(), version = version + 1 where id = $1")
        .execute(Tuple.of(id, status.name(), resolution))
        .replaceWithVoid();
  }
}
