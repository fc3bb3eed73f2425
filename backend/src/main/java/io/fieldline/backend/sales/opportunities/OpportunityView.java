package io.fieldline.backend.sales.opportunities;

import io.fieldline.backend.sales.pricing.TotalsView.Money;
import io.vertx.mutiny.sqlclient.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A deal in the pipeline. */
@Type("Opportunity")
public record OpportunityView(
    @Id @NonNull UUID id,
    @Id @NonNull UUID accountId,
    @NonNull String name,
    @NonNull StageView stage,
    @NonNull BigDecimal amount,
    @NonNull String currency,
    int probability,
    LocalDate expectedClose,
    String competitors,
    String winLossReason,
    @Id UUID primaryContactId,
    @Id UUID leadId,
    @Id @NonNull UUID ownerUserId,
    @Id @NonNull UUID territoryId,
    int version,
    @NonNull OffsetDateTime createdAt,
    @NonNull OffsetDateTime updatedAt) {

  /** Columns {@link #of} reads: opportunity {@code o} joined with its stage {@code s}. */
  static final String COLUMNS =
      "o.*, s.code as stage_code, s.name as stage_name, s.position as stage_position,"
          + " s.default_probability as stage_probability, s.outcome as stage_outcome,"
          + " s.active as stage_active";

  /** The join {@link #COLUMNS} needs. */
  static final String FROM = "opportunity o join pipeline_stage s on s.id = o.stage_id";

  static OpportunityView of(Row r) {
    StageView stage =
        new StageView(
            r.getUUID("stage_id"),
            r.getString("stage_code"),
            r.getString("stage_name"),
            r.getInteger("stage_position"),
            r.getInteger("stage_probability"),
            StageView.Outcome.valueOf(r.getString("stage_outcome")),
            r.getBoolean("stage_active"));
    String currency = r.getString("currency");
    return new OpportunityView(
        r.getUUID("id"),
        r.getUUID("account_id"),
        r.getString("name"),
        stage,
        Money.of(r.getBigDecimal("amount"), currency),
        currency,
        r.getInteger("probability"),
        r.getLocalDate("expected_close"),
        r.getString("competitors"),
        r.getString("win_loss_reason"),
        r.getUUID("primary_contact_id"),
        r.getUUID("lead_id"),
        r.getUUID("owner_user_id"),
        r.getUUID("territory_id"),
        r.getInteger("version"),
        r.getOffsetDateTime("created_at"),
        r.getOffsetDateTime("updated_at"));
  }
}
