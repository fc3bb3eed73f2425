package io.fieldline.scheduling.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the Solomon table header, the per-class summary and the overall line. */
final class BenchReport {

  private BenchReport() {}

  static void print(PrintStream out, List<BenchRow> rows, long seconds, long[] checkpoints) {
    StringBuilder header =
        new StringBuilder("inst   cls  rts  distance       BKS     gap  feasible 1st-feas");
    for (long checkpoint : checkpoints) {
      if (checkpoint <= seconds) {
        header.append(String.format(Locale.ROOT, "   best@%2ds", checkpoint));
      }
    }
    header.append("  cpu-s  k-calcs");
    out.println();
    out.println(header);
    rows.forEach(row -> out.println(row.format()));
    out.println();
    out.println("class  n  feasible  mean-routes  mean-gap");
    Map<String, List<BenchRow>> byClass = new LinkedHashMap<>();
    rows.forEach(
        row ->
            byClass
                .computeIfAbsent(row.instanceClass(), k -> new java.util.ArrayList<>())
                .add(row));
    byClass.forEach((cls, classRows) -> out.println(summary(cls, classRows)));
    out.println(summary("ALL", rows));
  }

  private static String summary(String label, List<BenchRow> rows) {
    long feasible = rows.stream().filter(row -> row.result().feasible()).count();
    double routes = rows.stream().mapToInt(row -> row.result().routes()).average().orElse(0);
    double gap = rows.stream().mapToDouble(BenchRow::gapPercent).average().orElse(Double.NaN);
    return String.format(
        Locale.ROOT,
        "%-5s %2d  %3d/%-3d   %8.1f   %7.2f%%",
        label,
        rows.size(),
        feasible,
        rows.size(),
        routes,
        gap);
  }
}
