package io.fieldline.backend.sales.approvals;

import io.fieldline.backend.identity.TerritoryKind;
import java.util.List;

/** How senior an approver must be: assigned at which level of the territory tree, or above. */
public enum ApproverLevel {
  /** Any holder of the role whose territories cover the record. */
  ANY(List.of(TerritoryKind.TERRITORY, TerritoryKind.AREA, TerritoryKind.REGION)),
  /** Assigned an area (or region) that covers the record's territory. */
  AREA(List.of(TerritoryKind.AREA, TerritoryKind.REGION)),
  /** Assigned the region that covers the record's territory. */
  REGION(List.of(TerritoryKind.REGION));

  private final List<TerritoryKind> kinds;

  ApproverLevel(List<TerritoryKind> kinds) {
    this.kinds = kinds;
  }

  /** Territory kinds an assignment may have to qualify. */
  public String[] kinds() {
    return kinds.stream().map(Enum::name).toArray(String[]::new);
  }
}
