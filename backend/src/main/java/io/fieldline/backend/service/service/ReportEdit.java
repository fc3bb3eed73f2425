package io.fieldline.backend.service.service;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.Visit;
import io.fieldline.backend.service.VisitStatus;
import io.fieldline.backend.service.persistence.ReportState;
import io.fieldline.backend.service.persistence.ReportStore;
import io.fieldline.backend.service.persistence.VisitStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/**
 * The frame of every report edit: one transaction, the visit locked, the caller its assignee, the
 * visit in a status that allows the edit, and the report created if needed and not yet signed
 * (ALREADY_SIGNED otherwise).
 */
@ApplicationScoped
public class ReportEdit {
  /** Notes and time entries may start on the way; everything else needs the visit ON_SITE. */
  public static final Set<VisitStatus> UNDER_WAY =
      Set.of(VisitStatus.TRAVELING, VisitStatus.ON_SITE);

  public static final Set<VisitStatus> ON_SITE = Set.of(VisitStatus.ON_SITE);

  private final ServiceDb db;
  private final VisitStore visits;
  private final ReportStore reports;

  public ReportEdit(ServiceDb db, VisitStore visits, ReportStore reports) {
    this.db = db;
    this.visits = visits;
    this.reports = reports;
  }

  /** What an edit does once the frame holds. */
  @FunctionalInterface
  public interface Work<T> {
    Uni<T> apply(SqlConnection c, Visit visit, ReportState report);
  }

  public <T> Uni<T> run(ServiceScope scope, UUID visitId, Set<VisitStatus> allowed, Work<T> work) {
    return db.tx(
        scope,
        c ->
            visits
                .lock(c, visitId)
                .map(v -> Access.assigned(scope, v, visitId))
                .chain(
                    v -> {
                      if (!allowed.contains(v.status())) {
                        throw new ApiException(
                            ErrorCode.INVALID_STATE,
                            "The report cannot change while the visit is "
                                + v.status()
                                + "; allowed while "
                                + allowed);
                      }
                      return reports.ensure(c, v).chain(r -> work.apply(c, v, unsigned(r)));
                    }));
  }

  private static ReportState unsigned(ReportState r) {
    if (r.signed()) {
      throw new ApiException(
          ErrorCode.ALREADY_SIGNED, "The customer has signed this report; it cannot change");
    }
    return r;
  }
}
