package io.fieldline.backend.service.service;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.SurveyScale;
import io.fieldline.backend.service.VisitStatus;
import io.fieldline.backend.service.persistence.Sql;
import io.fieldline.backend.service.persistence.VisitStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Satisfaction surveys: one per completed visit, scored 1-5 (CSAT_5) or 0-10 (NPS), credited to the
 * visit's technician. Recorded by the desk or on the assignee's device handed to the customer.
 */
@ApplicationScoped
public class SurveyService {
  private final ServiceDb db;
  private final VisitStore visits;
  private final ServiceEvents events;

  public SurveyService(ServiceDb db, VisitStore visits, ServiceEvents events) {
    this.db = db;
    this.visits = visits;
    this.events = events;
  }

  public Uni<UUID> submit(
      ServiceScope scope, UUID visitId, SurveyScale scale, int score, String comment) {
    Check.present("scale", scale);
    int max = scale == SurveyScale.NPS ? 10 : 5;
    int min = scale == SurveyScale.NPS ? 0 : 1;
    if (score < min || score > max) {
      throw ApiException.invalid("score", scale + " scores are " + min + " to " + max);
    }
    String text = Check.optional("comment", comment, 4000);
    UUID id = UUID.randomUUID();
    return db.tx(
        scope,
        c ->
            visits
                .lock(c, visitId)
                .map(v -> Access.visible(scope, v, visitId))
                .chain(
                    v -> {
                      if (v.status() != VisitStatus.COMPLETED) {
                        throw new ApiException(
                            ErrorCode.INVALID_STATE, "Surveys follow completed visits only");
                      }
                      return c.preparedQuery("select 1 from visit_survey where visit_id = $1")
                          .execute(Tuple.of(visitId))
                          .chain(
                              existing -> {
                                if (existing.size() > 0) {
                                  throw new ApiException(
                                      ErrorCode.DUPLICATE, "This visit has its survey already");
                                }
                                return new Sql(
                                        "insert into visit_survey (id, visit_id, technician_user_id,"
                                            + " scale, score, comment, recorded_by)"
                                            + " values (?, ?, ?, ?, ?, ?, ?)",
                                        id,
                                        visitId,
                                        v.assigneeId(),
                                        scale.name(),
                                        score,
                                        text,
                                        scope.userId())
                                    .run(c);
                              })
                          .chain(
                              () ->
                                  events.surveyReceived(
                                      c, id, visitId, v.assigneeId(), score, scale.name()));
                    })
                .replaceWith(id));
  }
}
