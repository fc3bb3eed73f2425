package io.fieldline.backend.sales.opportunities;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.sales.db.Sql;
import io.fieldline.backend.sales.graphql.Inputs;
import io.fieldline.backend.sales.opportunities.OpportunityInputs.StageInput;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The tenant's configurable opportunity pipeline; call inside a tenant transaction. */
@ApplicationScoped
public class PipelineStore {

  /** Every stage by position. */
  public Uni<List<StageView>> stages(SqlConnection c) {
    return Sql.exec(c, "select * from pipeline_stage order by position, code")
        .map(rows -> Sql.list(rows).stream().map(StageView::of).toList());
  }

  /** The active stage with this code; VALIDATION_FAILED on {@code field} otherwise. */
  public Uni<StageView> byCode(SqlConnection c, String code, String field) {
    if (code == null) {
      return Sql.exec(
              c,
              "select * from pipeline_stage where active and outcome = 'OPEN'"
                  + " order by position limit 1")
          .map(
              rows ->
                  Sql.first(rows)
                      .map(StageView::of)
                      .orElseThrow(
                          () -> ApiException.invalid(field, "The pipeline has no open stage")));
    }
    return Sql.exec(c, "select * from pipeline_stage where code = $1 and active", code)
        .map(
            rows ->
                Sql.first(rows)
                    .map(StageView::of)
                    .orElseThrow(() -> ApiException.invalid(field, "No active stage " + code)));
  }

  /** Sets a stage by code (insert or replace). */
  public Uni<StageView> set(SqlConnection c, StageInput in) {
    String code = Inputs.text("code", in.code(), 32);
    if (!code.matches("[A-Z][A-Z0-9_]{0,31}")) {
      throw ApiException.invalid("code", "code must be upper case letters, digits and _");
    }
    if (in.position() < 0) {
      throw ApiException.invalid("position", "position must not be negative");
    }
    Inputs.percent("defaultProbability", in.defaultProbability());
    StageView.Outcome outcome = in.outcome() == null ? StageView.Outcome.OPEN : in.outcome();
    return Sql.exec(
            c,
            "insert into pipeline_stage (id, code, name, position, default_probability, outcome,"
                + " active) values ($1, $2, $3, $4, $5, $6, $7) on conflict (tenant_id, code)"
                + " do update set name = excluded.name, position = excluded.position,"
                + " default_probability = excluded.default_probability,"
                + " outcome = excluded.outcome, active = excluded.active returning *",
            UUID.randomUUID(),
            code,
            Inputs.text("name", in.name(), 100),
            in.position(),
            in.defaultProbability(),
            outcome.name(),
            !Boolean.FALSE.equals(in.active()))
        .map(rows -> StageView.of(rows.iterator().next()));
  }
}
