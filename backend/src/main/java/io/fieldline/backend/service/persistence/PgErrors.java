package io.fieldline.backend.service.persistence;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.vertx.pgclient.PgException;
import java.util.Map;

/**
 * Turns the database's refusals that a race can cause (two writers passing the same check at once)
 * into the stable codes the service layer would have answered itself.
 */
public final class PgErrors {
  private static final Map<String, ApiException> BY_CONSTRAINT =
      Map.of(
          "stock_movement_non_negative",
          new ApiException(ErrorCode.INSUFFICIENT_STOCK, "Not enough stock for this movement"),
          "report_signature_tenant_id_report_id_key",
          new ApiException(ErrorCode.ALREADY_SIGNED, "The report is already signed"),
          "visit_survey_tenant_id_visit_id_key",
          new ApiException(ErrorCode.DUPLICATE, "A survey for this visit exists already"),
          "report_attachment_tenant_id_report_id_content_sha256_key",
          new ApiException(ErrorCode.DUPLICATE, "This file is attached to the report already"),
          "visit_one_active_per_work_order",
          new ApiException(ErrorCode.INVALID_STATE, "The work order already has a visit under way"),
          "checklist_template_tenant_id_work_order_type_version_key",
          new ApiException(
              ErrorCode.CONFLICT, "Another version of this checklist was published at once"));

  private PgErrors() {}

  /** The API error for {@code failure}, or {@code failure} itself when it is not a known race. */
  public static Throwable map(Throwable failure) {
    if (failure instanceof PgException pg) {
      String state = pg.getSqlState();
      if ("40001".equals(state) || "40P01".equals(state)) {
        return new ApiException(ErrorCode.RETRYABLE, "Concurrent update; retry");
      }
      ApiException known =
          pg.getConstraint() == null ? null : BY_CONSTRAINT.get(pg.getConstraint());
      if (known != null) {
        return new ApiException(known.code(), known.getMessage());
      }
    }
    return failure;
  }
}
