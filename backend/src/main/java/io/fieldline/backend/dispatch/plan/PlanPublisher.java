package io.fieldline.backend.dispatch.plan;

import io.fieldline.backend.dispatch.DispatchAccess;
import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.notify.dispatch.NotificationDispatcher;
import io.fieldline.backend.tenancy.TenantTx;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Publishes a proposed plan, all of it or a selection of its changes, in ONE transaction: the job
 * row is locked (a second publish waits, then finds it PUBLISHED), every visit and work order a
 * selected change touches is locked and its version compared with the one the change was computed
 * from. Any difference refuses the whole publish with PLAN_STALE and writes nothing; otherwise the
 * changes, their events and the job's PUBLISHED state commit together.
 */
@ApplicationScoped
public class PlanPublisher {
  private final Pool pool;
  private final ProposalCodec codec;
  private final DispatchEvents events;
  private final NotificationDispatcher notifier;

  public PlanPublisher(
      Pool pool, ProposalCodec codec, DispatchEvents events, NotificationDispatcher notifier) {
    this.pool = pool;
    this.codec = codec;
    this.events = events;
    this.notifier = notifier;
  }

  /** What a publish did. */
  public record Published(UUID jobId, int changes, List<String> visitIds) {}

  /** Publishes {@code changeIds} of the job's proposal (null: all). */
  public Uni<Published> publish(FieldlinePrincipal p, UUID jobId, List<String> changeIds) {
    return TenantTx.sql(pool, p.tenantId(), c -> publish(c, p, jobId, changeIds))
        .invoke(() -> notifier.wake(p.tenantId()));
  }

  private Uni<Published> publish(
      SqlConnection c, FieldlinePrincipal p, UUID jobId, List<String> changeIds) {
    return c.preparedQuery(
            "select territory_id, status, kind, proposal from dispatch_job where id = $1 for update")
        .execute(Tuple.of(jobId))
        .chain(
            rows -> {
              if (rows.size() == 0) {
                throw ApiException.notFound("Dispatch job", jobId);
              }
              Row job = rows.iterator().next();
              DispatchAccess.check(p, job.getUUID("territory_id"));
              if (!"PROPOSED".equals(job.getString("status"))) {
                throw new ApiException(
                    ErrorCode.INVALID_STATE,
                    "Only a PROPOSED plan can be published; this one is "
                        + job.getString("status"));
              }
              Proposal proposal = codec.read(job.getJsonObject("proposal"), Proposal.class);
              List<PlanChange> selected = select(proposal, changeIds);
              boolean urgent = "REALTIME".equals(job.getString("kind"));
              return checkFresh(c, selected)
                  .chain(() -> apply(c, selected, urgent, p.userId()))
                  .call(
                      ids ->
                          c.preparedQuery(
                                  "update dispatch_job set status = 'PUBLISHED', published_at = now(),"
                                      + " published_by = $2, published_changes = $3 where id = $1")
                              .execute(Tuple.of(jobId, p.userId(), selected.size())))
                  .map(ids -> new Published(jobId, selected.size(), ids));
            });
  }

  private static List<PlanChange> select(Proposal proposal, List<String> changeIds) {
    if (changeIds == null) {
      return proposal.changes();
    }
    Set<String> wanted = Set.copyOf(changeIds);
    List<PlanChange> selected =
        proposal.changes().stream().filter(ch -> wanted.contains(ch.id())).toList();
    if (selected.size() != wanted.size()) {
      throw ApiException.invalid("changeIds", "Some change ids are not in this proposal");
    }
    return selected;
  }

  /** Locks every record the changes touch; PLAN_STALE naming the changed ones. */
  private Uni<Void> checkFresh(SqlConnection c, List<PlanChange> changes) {
    return Multi.createFrom()
        .iterable(changes)
        .onItem()
        .transformToUniAndConcatenate(ch -> stale(c, ch).map(s -> s ? ch.id() : ""))
        .filter(id -> !id.isEmpty())
        .collect()
        .asList()
        .invoke(
            stale -> {
              if (!stale.isEmpty()) {
                throw new ApiException(
                    ErrorCode.PLAN_STALE,
                    stale.size()
                        + " of the plan's changes concern visits or work orders changed since it"
                        + " was computed: "
                        + String.join(", ", stale.subList(0, Math.min(10, stale.size()))));
              }
            })
        .replaceWithVoid();
  }

  private Uni<Boolean> stale(SqlConnection c, PlanChange ch) {
    if (ch.kind().equals(PlanChange.ASSIGN)) {
      return c.preparedQuery("select version, status from work_order where id = $1 for update")
          .execute(Tuple.of(UUID.fromString(ch.workOrderId())))
          .map(
              rows ->
                  rows.size() == 0
                      || !"OPEN".equals(rows.iterator().next().getString("status"))
                      || rows.iterator().next().getLong("version") != ch.baseVersion());
    }
    return c.preparedQuery("select version, status from visit where id = $1 for update")
        .execute(Tuple.of(UUID.fromString(ch.visitId())))
        .map(
            rows -> {
              if (rows.size() == 0) {
                return true;
              }
              Row r = rows.iterator().next();
              boolean planned =
                  Set.of("SCHEDULED", "DISPATCHED").contains(r.getString("status"))
                      || (ch.kind().equals(PlanChange.CANCEL)
                          && "TRAVELING".equals(r.getString("status")));
              return !planned || r.getLong("version") != ch.baseVersion();
            });
  }

  private Uni<List<String>> apply(
      SqlConnection c, List<PlanChange> changes, boolean urgent, UUID actor) {
    List<String> ids = new ArrayList<>();
    return Multi.createFrom()
        .iterable(changes)
        .onItem()
        .transformToUniAndConcatenate(
            ch -> {
              Uni<UUID> write =
                  switch (ch.kind()) {
                    case PlanChange.ASSIGN -> PlanWriter.assign(c, ch, actor);
                    case PlanChange.MOVE ->
                        PlanWriter.move(c, ch).replaceWith(UUID.fromString(ch.visitId()));
                    default ->
                        status(c, ch)
                            .chain(
                                from ->
                                    PlanWriter.end(
                                        c,
                                        ch,
                                        from,
                                        ch.kind().equals(PlanChange.CANCEL)
                                            ? "Cancelled by the customer"
                                            : "Unassigned by dispatch",
                                        actor))
                            .replaceWith(UUID.fromString(ch.visitId()));
                  };
              return write
                  .call(id -> events.published(c, id, ch, urgent, actor))
                  .invoke(id -> ids.add(id.toString()));
            })
        .collect()
        .last()
        .replaceWith(ids);
  }

  private static Uni<String> status(SqlConnection c, PlanChange ch) {
    return c.preparedQuery("select status from visit where id = $1")
        .execute(Tuple.of(UUID.fromString(ch.visitId())))
        .map(rows -> rows.iterator().next().getString("status"));
  }
}
