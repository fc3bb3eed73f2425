package io.fieldline.backend.service.graphql.read;

import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.graphql.view.SurveyView;
import io.fieldline.backend.service.persistence.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads satisfaction surveys: per visit, or listed for the desk, newest first. */
@ApplicationScoped
public class SurveyReader {
  private static final String SELECT =
      "select s.* from visit_survey s join visit v on v.id = s.visit_id"
          + " join account a on a.id = v.account_id where true";

  public Uni<List<SurveyView>> ofVisits(SqlConnection c, List<UUID> visitIds) {
    return Batch.one(
        c,
        "select * from visit_survey where visit_id = any($1)",
        visitIds,
        "visit_id",
        ReportRows::survey);
  }

  /** Surveys of visits the caller sees, optionally of one technician. */
  public Uni<Keyset.Page<SurveyView>> page(
      SqlConnection c, ServiceScope scope, UUID technicianId, Integer first, String after) {
    Sql q = ScopeSql.visits(new Sql(SELECT), scope);
    if (technicianId != null) {
      q.and("s.technician_user_id = ?", technicianId);
    }
    return Keyset.page(c, q, "s.received_at", "s.id", true, after, first, ReportRows::survey);
  }
}
