package io.fieldline.backend.dispatch.jobs;

import io.fieldline.backend.dispatch.DispatchAccess;
import io.fieldline.backend.dispatch.DispatchSettings;
import io.fieldline.backend.dispatch.board.BoardService;
import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.identity.FieldlinePrincipal;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

/** Queues optimisation jobs, reads them and streams their progress. */
@ApplicationScoped
public class JobService {
  private final JobQueue queue;
  private final JobReader reader;
  private final DispatchWorker worker;
  private final DispatchSettings settings;

  public JobService(
      JobQueue queue, JobReader reader, DispatchWorker worker, DispatchSettings settings) {
    this.queue = queue;
    this.reader = reader;
    this.worker = worker;
    this.settings = settings;
  }

  /** Queues an optimisation of {@code territory} for {@code from}..{@code to}. */
  public Uni<JobView> optimise(
      FieldlinePrincipal p,
      UUID territory,
      LocalDate from,
      LocalDate to,
      Integer timeLimitSeconds) {
    DispatchAccess.check(p, territory);
    BoardService.checkRange(from, to);
    int limit = timeLimitSeconds == null ? settings.defaultTimeLimitSeconds() : timeLimitSeconds;
    if (limit < 1 || limit > 600) {
      throw ApiException.invalid("timeLimitSeconds", "Between 1 and 600 seconds");
    }
    return queue
        .submit(p.tenantId(), p.userId(), territory, from, to, limit)
        .invoke(id -> worker.poll())
        .chain(id -> find(p, id, false));
  }

  /** The job (NOT_FOUND when absent or outside the caller's territories). */
  public Uni<JobView> find(FieldlinePrincipal p, UUID id, boolean withProposal) {
    return reader
        .find(p.tenantId(), id, withProposal)
        .map(
            job -> {
              if (job == null) {
                throw ApiException.notFound("Dispatch job", id);
              }
              DispatchAccess.check(p, UUID.fromString(job.territoryId()));
              return job;
            });
  }

  /**
   * The job's state now and at every change until it finishes: each emission is read from the
   * database (so it works whichever instance runs the job); the last one carries the outcome.
   */
  public Multi<JobView> progress(FieldlinePrincipal p, UUID id) {
    return find(p, id, false)
        .toMulti()
        .concatMap(
            first -> {
              if (first.finished()) {
                return Multi.createFrom().item(first);
              }
              Multi<JobView> running =
                  Multi.createFrom()
                      .ticks()
                      .every(Duration.ofMillis(250))
                      .onOverflow()
                      .drop()
                      .concatMap(tick -> reader.find(p.tenantId(), id, false).toMulti())
                      .select()
                      .first(job -> !job.finished());
              Multi<JobView> last = reader.find(p.tenantId(), id, false).toMulti();
              return Multi.createBy()
                  .concatenating()
                  .streams(Multi.createFrom().item(first), running, last);
            })
        .skip()
        .repetitions();
  }
}
