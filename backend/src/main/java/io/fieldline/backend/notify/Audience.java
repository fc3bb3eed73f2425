package io.fieldline.backend.notify;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Who a notification concerns, looked up in the producer's tenant transaction: the active holders
 * of a role assigned to a territory or to a territory above it (the managers who approve for it,
 * the dispatchers who plan it).
 */
public final class Audience {
  private Audience() {}

  /**
   * Active users with {@code role} assigned to {@code territory} or an ancestor whose kind is one
   * of {@code kinds} (TERRITORY, AREA, REGION); ordered by id.
   */
  public static Uni<List<UUID>> holders(
      SqlConnection c, UUID territory, String role, String... kinds) {
    return c.preparedQuery(
            "with recursive up(id, parent_id, kind) as ("
                + " select id, parent_id, kind from territory where id = $1"
                + " union all select t.id, t.parent_id, t.kind from territory t"
                + " join up on t.id = up.parent_id)"
                + " select distinct u.id from user_territory ut"
                + " join up on up.id = ut.territory_id"
                + " join user_role r on r.user_id = ut.user_id and r.role = $2"
                + " join app_user u on u.id = ut.user_id and u.active"
                + " where up.kind = any($3) order by u.id")
        .execute(Tuple.of(territory, role, kinds))
        .map(
            rows -> {
              List<UUID> ids = new ArrayList<>();
              for (Row r : rows) {
                ids.add(r.getUUID(0));
              }
              return ids;
            });
  }
}
