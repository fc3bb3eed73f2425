package io.fieldline.backend.sales.graphql;

/** Direction of a list's sort. */
public enum SortDirection {
  ASC,
  DESC;

  /** Whether descending; null means the list's default. */
  public static boolean descending(SortDirection direction, boolean byDefault) {
    return direction == null ? byDefault : direction == DESC;
  }
}
