package io.fieldline.contract.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * A readable line diff (unified style, 3 lines of context) between an expected and an actual text:
 * lines only in the expected text start with {@code -}, lines only in the actual one with {@code
 * +}. Used by the served-schema test to show what changed.
 */
public final class TextDiff {
  private static final int CONTEXT = 3;

  private TextDiff() {}

  /** The diff, or the empty string when the texts have equal lines (trailing blanks ignored). */
  public static String of(String expectedName, String expected, String actualName, String actual) {
    List<String> a = lines(expected);
    List<String> b = lines(actual);
    if (a.equals(b)) {
      return "";
    }
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).equals(b.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> ops = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        ops.add("  " + a.get(i++));
        j++;
      } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops.add("- " + a.get(i++));
      } else {
        ops.add("+ " + b.get(j++));
      }
    }
    StringBuilder out = new StringBuilder("--- " + expectedName + "\n+++ " + actualName + "\n");
    int last = -1;
    for (int k = 0; k < ops.size(); k++) {
      if (ops.get(k).startsWith(" ")) {
        continue;
      }
      int from = Math.max(k - CONTEXT, last + 1);
      if (last >= 0 && from > last + 1) {
        out.append("...\n");
      } else if (last < 0 && from > 0) {
        out.append("...\n");
      }
      int to = k;
      while (to + 1 < ops.size() && nearChange(ops, to + 1)) {
        to++;
      }
      to = Math.min(ops.size() - 1, to + CONTEXT);
      for (int m = Math.max(from, last + 1); m <= to; m++) {
        out.append(ops.get(m)).append('\n');
      }
      last = to;
      k = to;
    }
    return out.toString();
  }

  private static boolean nearChange(List<String> ops, int k) {
    for (int m = k; m < Math.min(ops.size(), k + 2 * CONTEXT + 1); m++) {
      if (!ops.get(m).startsWith(" ")) {
        return true;
      }
    }
    return false;
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
      out.add(line.stripTrailing());
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
