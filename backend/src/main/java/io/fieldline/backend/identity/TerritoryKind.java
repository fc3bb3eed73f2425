package io.fieldline.backend.identity;

/** Levels of the territory hierarchy: a region holds areas, an area holds territories. */
public enum TerritoryKind {
  REGION,
  AREA,
  TERRITORY
}
