package io.fieldline.backend.service.graphql.view;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * Pages of lists with keyset cursors: pass {@code nextCursor} as {@code after} to continue while
 * {@code hasMore}.
 */
public final class Pages {
  private Pages() {}

  /** A page of visits. */
  @Type("VisitPage")
  public record VisitPage(
      @NonNull List<@NonNull VisitView> items, String nextCursor, boolean hasMore) {}

  /** A page of work orders. */
  @Type("WorkOrderPage")
  public record WorkOrderPage(
      @NonNull List<@NonNull WorkOrderView> items, String nextCursor, boolean hasMore) {}

  /** A page of cases. */
  @Type("ServiceCasePage")
  public record CasePage(
      @NonNull List<@NonNull CaseView> items, String nextCursor, boolean hasMore) {}

  /** A page of assets. */
  @Type("AssetPage")
  public record AssetPage(
      @NonNull List<@NonNull AssetView> items, String nextCursor, boolean hasMore) {}

  /** A page of stock movements. */
  @Type("StockMovementPage")
  public record MovementPage(
      @NonNull List<@NonNull StockMovementView> items, String nextCursor, boolean hasMore) {}

  /** A page of surveys. */
  @Type("SurveyPage")
  public record SurveyPage(
      @NonNull List<@NonNull SurveyView> items, String nextCursor, boolean hasMore) {}
}
