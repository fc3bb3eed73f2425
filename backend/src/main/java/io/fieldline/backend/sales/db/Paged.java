package io.fieldline.backend.sales.db;

import java.util.List;

/**
 * One page of a keyset query: the nodes, each node's cursor, and whether more follow.
 *
 * @param nodes the rows mapped, in order
 * @param cursors one cursor per node
 * @param hasNextPage whether a next page exists
 * @param hasPreviousPage whether the page started after a cursor
 */
public record Paged<T>(
    List<T> nodes, List<String> cursors, boolean hasNextPage, boolean hasPreviousPage) {

  /** The cursor of the last node, or null for an empty page. */
  public String endCursor() {
    return cursors.isEmpty() ? null : cursors.get(cursors.size() - 1);
  }

  /** The cursor of the first node, or null for an empty page. */
  public String startCursor() {
    return cursors.isEmpty() ? null : cursors.get(0);
  }
}
