package io.fieldline.backend.sales.graphql;

import io.fieldline.backend.sales.db.Paged;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Builds a connection's edges from a page. */
public final class Edges {
  private Edges() {}

  /** One edge per node, made by {@code edge(cursor, node)}. */
  public static <T, E> List<E> of(Paged<T> page, BiFunction<String, T, E> edge) {
    List<E> edges = new ArrayList<>();
    for (int i = 0; i < page.nodes().size(); i++) {
      edges.add(edge.apply(page.cursors().get(i), page.nodes().get(i)));
    }
    return edges;
  }
}
