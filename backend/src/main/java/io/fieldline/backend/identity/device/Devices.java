package io.fieldline.backend.identity.device;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.tenancy.TenantTx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * A user's devices and their push tokens. A device id belongs to one user for good: registering
 * another user's (or another tenant's) device id is refused.
 */
@ApplicationScoped
public class Devices {
  private static final String COLUMNS =
      "id, name, platform, app_version, protocol_version, fcm_token is not null as push, last_sync_at";

  private final Pool pool;

  public Devices(Pool pool) {
    this.pool = pool;
  }

  public Uni<DeviceView> register(FieldlinePrincipal caller, UUID id, DeviceInput in) {
    String token = blankToNull(in.fcmToken);
    return TenantTx.sql(
            pool,
            caller.tenantId(),
            c ->
                owner(c, id)
                    .chain(
                        owner -> {
                          if (owner != null && !owner.equals(caller.userId())) {
                            throw refused();
                          }
                          return releaseToken(c, id, token)
                              .chain(() -> upsert(c, caller, id, in, token))
                              .chain(() -> find(c, id));
                        }))
        .onFailure(PgException.class)
        .transform(Devices::mapConstraint);
  }

  public Uni<List<DeviceView>> mine(FieldlinePrincipal caller) {
    return TenantTx.sql(
        pool,
        caller.tenantId(),
        c ->
            c.preparedQuery(
                    "select " + COLUMNS + " from device where user_id = $1 order by created_at")
                .execute(Tuple.of(caller.userId()))
                .map(
                    rows ->
                        java.util.stream.StreamSupport.stream(rows.spliterator(), false)
                            .map(Devices::view)
                            .toList()));
  }

  private static Uni<UUID> owner(SqlConnection c, UUID id) {
    return c.preparedQuery("select user_id from device where id = $1 for update")
        .execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getUUID(0));
  }

  /** A token moves with the app install: take it off any other device of the tenant. */
  private static Uni<Void> releaseToken(SqlConnection c, UUID id, String token) {
    if (token == null) {
      return Uni.createFrom().voidItem();
    }
    return c.preparedQuery(
            "update device set fcm_token = null, fcm_token_updated_at = now()"
                + " where fcm_token = $1 and id <> $2")
        .execute(Tuple.of(token, id))
        .replaceWithVoid();
  }

  private static Uni<Void> upsert(
      SqlConnection c, FieldlinePrincipal caller, UUID id, DeviceInput in, String token) {
    return c.preparedQuery(
            """
            insert into device (id, tenant_id, user_id, name, platform, app_version, protocol_version,
                                fcm_token, fcm_token_updated_at)
            values ($1, $2, $3, $4, $5, $6, $7, $8, case when $8::text is null then null else now() end)
            on conflict (id) do update set name = excluded.name, platform = excluded.platform,
              app_version = excluded.app_version, protocol_version = excluded.protocol_version,
              fcm_token = coalesce(excluded.fcm_token, device.fcm_token),
              fcm_token_updated_at = case when excluded.fcm_token is null
                then device.fcm_token_updated_at else now() end
            """)
        .execute(
            Tuple.from(
                new Object[] {
                  id,
                  caller.tenantId(),
                  caller.userId(),
                  in.name,
                  in.platform.name(),
                  in.appVersion,
                  in.protocolVersion,
                  token
                }))
        .replaceWithVoid();
  }

  private static Uni<DeviceView> find(SqlConnection c, UUID id) {
    return c.preparedQuery("select " + COLUMNS + " from device where id = $1")
        .execute(Tuple.of(id))
        .map(rows -> view(rows.iterator().next()));
  }

  private static DeviceView view(Row r) {
    return new DeviceView(
        r.getUUID("id"),
        r.getString("name"),
        DevicePlatform.valueOf(r.getString("platform")),
        r.getString("app_version"),
        r.getInteger("protocol_version"),
        r.getBoolean("push"),
        r.getOffsetDateTime("last_sync_at"));
  }

  /** The id exists in another tenant (invisible here, but the primary key collides). */
  private static Throwable mapConstraint(Throwable failure) {
    PgException pg = (PgException) failure;
    if ("23505".equals(pg.getSqlState()) || "42501".equals(pg.getSqlState())) {
      return refused();
    }
    return failure;
  }

  private static ApiException refused() {
    return new ApiException(
        ErrorCode.FORBIDDEN, "This device id is registered to another user", "id");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
