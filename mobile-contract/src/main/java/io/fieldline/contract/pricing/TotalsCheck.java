package io.fieldline.contract.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares totals a client sent with the engine's. The server never trusts the client: it keeps its
 * own totals and flags the quote when they differ. Figures are compared by value ({@code 10.0}
 * equals {@code 10.00}); any other difference, however small, is a mismatch.
 */
public final class TotalsCheck {

  private TotalsCheck() {}

  /** Compares every {@link Figure} of the client's totals with the engine's. */
  public static TotalsComparison compare(Totals client, Totals engine) {
    Checks.required(client, "client totals");
    Checks.required(engine, "engine totals");
    List<Difference> differences = new ArrayList<>();
    for (Figure figure : Figure.values()) {
      BigDecimal sent = figure.of(client);
      BigDecimal computed = figure.of(engine);
      if (sent.compareTo(computed) != 0) {
        differences.add(new Difference(figure, sent, computed));
      }
    }
    return differences.isEmpty() ? new TotalsMatch() : new TotalsMismatch(differences);
  }

  /** The outcome of {@link #compare}. */
  public sealed interface TotalsComparison {}

  /** Every figure the client sent equals the engine's. */
  public record TotalsMatch() implements TotalsComparison {}

  /**
   * Some figures differ; the engine's values are the correct ones.
   *
   * @param differences the differing figures, in {@link Figure} order, never empty
   */
  public record TotalsMismatch(List<Difference> differences) implements TotalsComparison {

    /** Validates and copies. */
    public TotalsMismatch {
      differences = List.copyOf(Checks.required(differences, "differences"));
      if (differences.isEmpty()) {
        throw new IllegalArgumentException("a mismatch needs at least one difference");
      }
    }
  }

  /**
   * One differing figure.
   *
   * @param figure which figure
   * @param client what the client sent
   * @param engine what the engine computed (the value the server keeps)
   */
  public record Difference(Figure figure, BigDecimal client, BigDecimal engine) {

    /** Validates. */
    public Difference {
      Checks.required(figure, "difference.figure");
      Checks.required(client, "difference.client");
      Checks.required(engine, "difference.engine");
    }

    /** {@code client - engine}. */
    public BigDecimal delta() {
      return client.subtract(engine);
    }
  }
}
