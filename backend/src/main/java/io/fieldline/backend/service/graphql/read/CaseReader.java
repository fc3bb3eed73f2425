package io.fieldline.backend.service.graphql.read;

import io.fieldline.backend.error.Ids;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.graphql.CaseFilter;
import io.fieldline.backend.service.graphql.view.CaseView;
import io.fieldline.backend.service.persistence.Rows;
import io.fieldline.backend.service.persistence.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads cases within the caller's scope, ordered by SLA due time. */
@ApplicationScoped
public class CaseReader {
  private static final String SELECT =
      "select k.* from service_case k join account a on a.id = k.account_id where true";
  private static final String[] UNRESOLVED = {"OPEN", "IN_PROGRESS"};

  public Uni<CaseView> find(SqlConnection c, ServiceScope scope, UUID id) {
    return ScopeSql.cases(new Sql(SELECT).and("k.id = ?", id), scope)
        .run(c)
        .map(rows -> Rows.first(rows, ViewRows::serviceCase));
  }

  public Uni<Keyset.Page<CaseView>> page(
      SqlConnection c, ServiceScope scope, CaseFilter f, Integer first, String after) {
    Sql q = ScopeSql.cases(new Sql(SELECT), scope);
    String[] statuses =
        f == null || f.statuses() == null || f.statuses().isEmpty()
            ? UNRESOLVED
            : f.statuses().stream().map(Enum::name).toArray(String[]::new);
    q.and("k.status = any(?)", (Object) statuses);
    if (f != null) {
      if (f.severities() != null && !f.severities().isEmpty()) {
        q.and(
            "k.severity = any(?)",
            (Object) f.severities().stream().map(Enum::name).toArray(String[]::new));
      }
      if (f.accountId() != null) {
        q.and("k.account_id = ?", Ids.parse("accountId", f.accountId()));
      }
      if (f.category() != null) {
        q.and("k.category = ?", f.category());
      }
    }
    return Keyset.page(c, q, "k.sla_due_at", "k.id", false, after, first, ViewRows::serviceCase);
  }
}
