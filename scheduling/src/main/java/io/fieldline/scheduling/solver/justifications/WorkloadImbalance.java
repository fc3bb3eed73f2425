package io.fieldline.scheduling.solver.justifications;

import java.time.LocalDate;

/**
 * Work minutes spread unevenly over one day's technicians.
 *
 * @param squaredDeviation sum over technicians of (work minutes - mean)^2
 */
public record WorkloadImbalance(
    LocalDate day, int technicians, double meanMinutes, long squaredDeviation)
    implements ShiftJustification {

  /** From the day's sum of squares, sum and count of work minutes. */
  public static WorkloadImbalance of(LocalDate day, long sumOfSquares, long sum, int count) {
    return new WorkloadImbalance(
        day,
        count,
        count == 0 ? 0 : (double) sum / count,
        squaredDeviation(sumOfSquares, sum, count));
  }

  /** Sum of squared deviations from the mean: sum(x^2) - sum(x)^2 / n, rounded. */
  public static long squaredDeviation(long sumOfSquares, long sum, int count) {
    return count == 0 ? 0 : Math.round(sumOfSquares - (double) sum * sum / count);
  }
}
