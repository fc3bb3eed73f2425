package io.fieldline.backend.service;

import io.fieldline.backend.error.ApiException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** One question of a checklist template version, and what counts as an answer to it. */
public record ChecklistItem(
    String code,
    int position,
    String label,
    ChecklistAnswerKind answerKind,
    List<String> choices,
    boolean required) {

  public ChecklistItem {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }

  /** The answer in its stored form; VALIDATION_FAILED when it does not fit the item. */
  public String normalise(String value) {
    String field = "answers." + code;
    if (value == null || value.isBlank()) {
      throw ApiException.invalid(field, "the answer to " + code + " is empty");
    }
    String v = value.strip();
    return switch (answerKind) {
      case YES_NO -> {
        String upper = v.toUpperCase(Locale.ROOT);
        if (!upper.equals("YES") && !upper.equals("NO")) {
          throw ApiException.invalid(field, code + " takes YES or NO");
        }
        yield upper;
      }
      case NUMBER -> {
        try {
          yield new BigDecimal(v).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
          throw ApiException.invalid(field, code + " takes a number");
        }
      }
      case CHOICE -> {
        if (!choices.contains(v)) {
          throw ApiException.invalid(field, code + " takes one of " + choices);
        }
        yield v;
      }
      case TEXT -> {
        if (v.length() > 2000) {
          throw ApiException.invalid(field, code + " takes at most 2000 characters");
        }
        yield v;
      }
    };
  }
}
