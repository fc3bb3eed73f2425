package io.fieldline.backend.sales.opportunities;

import io.vertx.mutiny.sqlclient.Row;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A stage of the tenant's opportunity pipeline. */
@Type("PipelineStage")
public record StageView(
    @Id @NonNull UUID id,
    @NonNull String code,
    @NonNull String name,
    int position,
    int defaultProbability,
    @NonNull Outcome outcome,
    boolean active) {

  static StageView of(Row r) {
    return new StageView(
        r.getUUID("id"),
        r.getString("code"),
        r.getString("name"),
        r.getInteger("position"),
        r.getInteger("default_probability"),
        Outcome.valueOf(r.getString("outcome")),
        r.getBoolean("active"));
  }

  /** Whether deals in a stage are still open, won or lost. */
  public enum Outcome {
    OPEN,
    WON,
    LOST
  }
}
