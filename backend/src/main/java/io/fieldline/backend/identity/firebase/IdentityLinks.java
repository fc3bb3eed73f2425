package io.fieldline.backend.identity.firebase;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.identity.auth.VerifiedToken;
import io.fieldline.backend.tenancy.SystemScope;
import io.fieldline.backend.tenancy.TenantTx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Maps external identities (Firebase uids) to Fieldline users; provisioning links them. */
@ApplicationScoped
public class IdentityLinks {
  static final String FIREBASE = "FIREBASE";

  private final Pool pool;

  public IdentityLinks(Pool pool) {
    this.pool = pool;
  }

  /** The user a Firebase uid is linked to, in whatever tenant. */
  public Uni<Optional<VerifiedToken>> findFirebase(String uid) {
    return TenantTx.system(
        pool,
        SystemScope.SIGN_IN,
        c ->
            c.preparedQuery(
                    "select tenant_id, user_id from identity_link where provider = $1 and subject = $2")
                .execute(Tuple.of(FIREBASE, uid))
                .map(
                    rows -> {
                      if (rows.size() == 0) {
                        return Optional.<VerifiedToken>empty();
                      }
                      Row row = rows.iterator().next();
                      return Optional.of(
                          new VerifiedToken(row.getUUID("tenant_id"), row.getUUID("user_id")));
                    }));
  }

  /**
   * Links a Firebase uid to a user of {@code tenant}, replacing the user's previous link. Fails
   * with CONFLICT (and changes nothing) when the uid already belongs to another user.
   */
  public Uni<Void> linkFirebase(UUID tenant, UUID user, String uid) {
    return TenantTx.sql(
        pool,
        tenant,
        c ->
            c.preparedQuery("delete from identity_link where provider = $1 and user_id = $2")
                .execute(Tuple.of(FIREBASE, user))
                .chain(
                    () ->
                        c.preparedQuery(
                                "insert into identity_link (provider, subject, user_id)"
                                    + " values ($1, $2, $3) on conflict (provider, subject) do nothing")
                            .execute(Tuple.of(FIREBASE, uid, user)))
                .map(
                    rows -> {
                      if (rows.rowCount() != 1) {
                        throw new ApiException(
                            ErrorCode.CONFLICT,
                            "This Firebase uid is linked to another user",
                            "firebaseUid");
                      }
                      return null;
                    }));
  }
}
