package io.fieldline.sync.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Subset matching of JSON, the comparison vectors use: every member of an expected object must be
 * present and match; arrays match element by element and must have the same length; numbers compare
 * by value; the string {@code "*"} matches any present value. Members the expectation leaves out
 * (opaque cursors, messages, retry hints) are not compared.
 */
public final class JsonExpect {

  /** Matches any present value. */
  public static final String ANY = "*";

  private JsonExpect() {}

  /** The mismatches of {@code actual} against {@code expected}, each naming its path. */
  public static List<String> mismatches(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    compare(expected, actual, "$", out);
    return out;
  }

  private static void compare(JsonNode expected, JsonNode actual, String path, List<String> out) {
    if (actual == null || actual.isMissingNode()) {
      out.add(path + ": missing, expected " + expected);
      return;
    }
    if (expected.isTextual() && expected.textValue().equals(ANY)) {
      return;
    }
    if (expected.isObject()) {
      if (!actual.isObject()) {
        out.add(path + ": expected an object but was " + actual);
        return;
      }
      Iterator<Map.Entry<String, JsonNode>> it = expected.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        compare(e.getValue(), actual.get(e.getKey()), path + "." + e.getKey(), out);
      }
    } else if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        out.add(path + ": expected " + expected.size() + " elements but was " + actual);
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        compare(expected.get(i), actual.get(i), path + "[" + i + "]", out);
      }
    } else if (expected.isNumber()) {
      if (!actual.isNumber() || expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
        out.add(path + ": expected " + expected + " but was " + actual);
      }
    } else if (!expected.equals(actual)) {
      out.add(path + ": expected " + expected + " but was " + actual);
    }
  }
}
