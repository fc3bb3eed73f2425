package io.fieldline.backend.sales.opportunities;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Input types of the pipeline and opportunity operations. */
public final class OpportunityInputs {
  private OpportunityInputs() {}

  /** A new opportunity; stage defaults to the first open stage, probability to the stage's. */
  @Input("OpportunityInput")
  public record OpportunityInput(
      @NonNull String accountId,
      @NonNull String name,
      String stageCode,
      @NonNull BigDecimal amount,
      @NonNull String currency,
      Integer probability,
      LocalDate expectedClose,
      String competitors,
      String primaryContactId) {}

  /** Changes to an opportunity; a WON or LOST stage needs a win/loss reason. */
  @Input("OpportunityUpdateInput")
  public record OpportunityUpdate(
      @NonNull String name,
      @NonNull String stageCode,
      @NonNull BigDecimal amount,
      Integer probability,
      LocalDate expectedClose,
      String competitors,
      String winLossReason,
      String primaryContactId) {}

  /** Filters of the opportunity list. */
  @Input("OpportunityFilter")
  public record OpportunityFilter(
      String accountId,
      String stageCode,
      StageView.Outcome outcome,
      String ownerUserId,
      LocalDate expectedCloseBefore) {}

  /** A pipeline stage (set by code). */
  @Input("PipelineStageInput")
  public record StageInput(
      @NonNull String code,
      @NonNull String name,
      int position,
      int defaultProbability,
      StageView.Outcome outcome,
      Boolean active) {}

  /** Sort keys of the opportunity list. */
  public enum OpportunitySort {
    CREATED_AT,
    EXPECTED_CLOSE,
    AMOUNT,
    NAME
  }
}
