package io.fieldline.backend.service.graphql;

import io.fieldline.backend.service.AbsenceKind;
import io.fieldline.backend.service.ChecklistAnswerKind;
import io.fieldline.backend.service.StockMovementKind;
import io.fieldline.backend.service.SurveyScale;
import io.fieldline.backend.service.WorkOrderType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Inputs of the desk's technician, stock, checklist and survey operations. */
public final class DeskInputs {
  private DeskInputs() {}

  /**
   * A movement on a technician's van: TRANSFER_IN and RETURNED take positive quantities, ADJUSTED a
   * signed one and a note.
   */
  @Input("StockMovementInput")
  public record Movement(
      @Id @NonNull String technicianId,
      @Id @NonNull String productId,
      @NonNull StockMovementKind kind,
      @NonNull BigDecimal quantity,
      String note) {}

  /** Leave, training or sickness of a technician. */
  @Input("AbsenceInput")
  public record Absence(
      @NonNull AbsenceKind kind,
      @NonNull OffsetDateTime startsAt,
      @NonNull OffsetDateTime endsAt,
      String note) {}

  /** One question of a checklist to publish. */
  @Input("ChecklistItemInput")
  public record Item(
      @NonNull String code,
      @NonNull String label,
      @NonNull ChecklistAnswerKind answerKind,
      List<String> choices,
      boolean required) {}

  /** A checklist to publish as the next version for a work-order type. */
  @Input("ChecklistTemplateInput")
  public record Template(
      @NonNull WorkOrderType workOrderType, @NonNull String name, @NonNull List<Item> items) {}

  /** A satisfaction score: 1-5 for CSAT_5, 0-10 for NPS. */
  @Input("SurveyInput")
  public record Survey(@NonNull SurveyScale scale, int score, String comment) {}
}
