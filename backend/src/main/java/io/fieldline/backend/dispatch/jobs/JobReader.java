package io.fieldline.backend.dispatch.jobs;

import io.fieldline.backend.dispatch.plan.Progress;
import io.fieldline.backend.dispatch.plan.Proposal;
import io.fieldline.backend.dispatch.plan.ProposalCodec;
import io.fieldline.backend.tenancy.TenantTx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads dispatch jobs (with or without the proposal, which may be large). */
@ApplicationScoped
public class JobReader {
  private static final String COLUMNS =
      "id, territory_id, horizon_start, horizon_end, kind, status, attempts, progress, error,"
          + " created_at, finished_at, published_at";

  private final Pool pool;
  private final ProposalCodec codec;

  public JobReader(Pool pool, ProposalCodec codec) {
    this.pool = pool;
    this.codec = codec;
  }

  /** The job, or null when it is not in the tenant. */
  public Uni<JobView> find(UUID tenant, UUID id, boolean withProposal) {
    String sql =
        "select "
            + COLUMNS
            + (withProposal ? ", proposal" : "")
            + " from dispatch_job where id = $1";
    return TenantTx.sql(
        pool,
        tenant,
        c ->
            c.preparedQuery(sql)
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : view(rows.iterator().next(), withProposal)));
  }

  private JobView view(Row r, boolean withProposal) {
    return new JobView(
        r.getUUID("id").toString(),
        r.getUUID("territory_id").toString(),
        r.getLocalDate("horizon_start").toString(),
        r.getLocalDate("horizon_end").toString(),
        r.getString("kind"),
        JobStatus.valueOf(r.getString("status")),
        r.getInteger("attempts"),
        codec.read(r.getJsonObject("progress"), Progress.class),
        withProposal ? codec.read(r.getJsonObject("proposal"), Proposal.class) : null,
        r.getString("error"),
        r.getOffsetDateTime("created_at"),
        r.getOffsetDateTime("finished_at"),
        r.getOffsetDateTime("published_at"));
  }
}
