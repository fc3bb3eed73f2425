package io.fieldline.backend.sales.approvals;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.sales.SalesScope;
import io.fieldline.backend.sales.db.Keyset;
import io.fieldline.backend.sales.db.Paged;
import io.fieldline.backend.sales.db.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads approvals with their steps; call inside a tenant transaction. */
@ApplicationScoped
public class ApprovalReader {

  /** The approval with this id (no scope check: callers check the record). */
  public Uni<ApprovalView> byId(SqlConnection c, UUID id) {
    return Sql.exec(c, "select * from approval_request where id = $1", id)
        .chain(
            rows -> {
              Row row = Sql.first(rows).orElseThrow(() -> ApiException.notFound("Approval", id));
              return withSteps(c, List.of(row)).map(list -> list.get(0));
            });
  }

  /** The latest approval of a record, or null if it never went through approval. */
  public Uni<ApprovalView> latest(SqlConnection c, RecordType type, UUID recordId) {
    return Sql.exec(
            c,
            "select * from approval_request where record_type = $1 and record_id = $2"
                + " order by created_at desc, id desc limit 1",
            type.name(),
            recordId)
        .chain(
            rows ->
                rows.size() == 0
                    ? Uni.createFrom().nullItem()
                    : withSteps(c, Sql.list(rows)).map(list -> list.get(0)));
  }

  /** Pending approvals in the caller's territories (admins: all), oldest first. */
  public Uni<Paged<ApprovalView>> pending(
      SqlConnection c, SalesScope scope, Integer first, String after) {
    Sql sql = new Sql();
    List<String> where = new ArrayList<>();
    where.add("r.status = 'PENDING'");
    where.add(scope.admin() ? "true" : scope.accounts("r", sql));
    Keyset key = new Keyset("r.created_at", "timestamptz", false, "r.id");
    return key.fetch(c, sql, "r.*", "approval_request r", where, first, after, row -> row)
        .chain(
            page ->
                withSteps(c, page.nodes())
                    .map(
                        views ->
                            new Paged<>(
                                views,
                                page.cursors(),
                                page.hasNextPage(),
                                page.hasPreviousPage())));
  }

  private Uni<List<ApprovalView>> withSteps(SqlConnection c, List<Row> requests) {
    UUID[] ids = requests.stream().map(r -> r.getUUID("id")).toArray(UUID[]::new);
    return Sql.exec(
            c,
            "select * from approval_step where request_id = any($1) order by step_no",
            (Object) ids)
        .map(
            rows -> {
              Map<UUID, List<ApprovalStepView>> steps = new HashMap<>();
              for (Row s : rows) {
                steps
                    .computeIfAbsent(s.getUUID("request_id"), k -> new ArrayList<>())
                    .add(ApprovalStepView.of(s));
              }
              return requests.stream()
                  .map(r -> ApprovalView.of(r, steps.getOrDefault(r.getUUID("id"), List.of())))
                  .toList();
            });
  }
}
