package io.fieldline.backend.sync.entity;

import io.fieldline.backend.sync.store.PgSyncStore;
import io.fieldline.sync.merge.RecordRule;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Record rules that read the database in the mutation's own transaction ({@link
 * PgSyncStore#current()}), so a device's write that a key or trigger of the domain table would
 * refuse is answered VALIDATION_FAILED instead of failing the batch. Without a store transaction or
 * push context they fail closed.
 */
final class DbRules {

  private static final ThreadLocal<RecordKey> TARGET = new ThreadLocal<>();

  private DbRules() {}

  /** Remembers the record the running mutation writes (called when the store locks it). */
  static void target(RecordKey key) {
    TARGET.set(key);
  }

  /** The id of the record the running mutation writes (a random id when unknown). */
  static UUID targetId() {
    RecordKey key = TARGET.get();
    return key == null ? UUID.randomUUID() : key.id();
  }

  /**
   * Holds when {@code sql} returns a row; its parameters are the named fields' values (text, null
   * when absent) and then the written record's id. Fails when the store is not running.
   */
  static RecordRule exists(String name, String message, String sql, String... fields) {
    return ColumnRules.rule(name, message, f -> query(sql, f, fields));
  }

  /** Holds when {@code sql} (parameters as in {@link #exists}) returns no row. */
  static RecordRule none(String name, String message, String sql, String... fields) {
    return ColumnRules.rule(
        name, message, f -> PgSyncStore.current().isPresent() && !query(sql, f, fields));
  }

  /** {@code field} must name the pushing user. */
  static RecordRule you(String field) {
    return ColumnRules.rule(
        field + "_yours",
        field + " must be you",
        ColumnRules.text(
            field,
            id ->
                PushContext.current()
                    .map(p -> p.userId() != null && p.userId().toString().equals(id))
                    .orElse(false)));
  }

  /** A number field that must be above {@code min} (when present). */
  static RecordRule above(String field, BigDecimal min) {
    return ColumnRules.rule(
        field + "_positive",
        field + " must be greater than " + min,
        f -> !(f.get(field) instanceof FieldValue.NumberValue n) || n.value().compareTo(min) > 0);
  }

  /** A number field that must be below {@code max} (when present). */
  static RecordRule below(String field, BigDecimal max) {
    return ColumnRules.rule(
        field + "_negative",
        field + " must be less than " + max,
        f -> !(f.get(field) instanceof FieldValue.NumberValue n) || n.value().compareTo(max) < 0);
  }

  /** A rule on the merged fields. */
  static RecordRule of(String name, String message, Predicate<Map<String, FieldValue>> holds) {
    return ColumnRules.rule(name, message, holds);
  }

  /** The text of a field (numbers as plain strings), or null. */
  static String text(Map<String, FieldValue> fields, String field) {
    FieldValue v = fields.get(field);
    if (v instanceof FieldValue.TextValue t) {
      return t.value();
    }
    if (v instanceof FieldValue.NumberValue n) {
      return n.value().toPlainString();
    }
    if (v instanceof FieldValue.BoolValue b) {
      return Boolean.toString(b.value());
    }
    return null;
  }

  private static boolean query(String sql, Map<String, FieldValue> f, String... fields) {
    if (PgSyncStore.current().isEmpty()) {
      return false;
    }
    List<Object> params = new ArrayList<>();
    for (String field : fields) {
      params.add(text(f, field));
    }
    params.add(targetId());
    return PgSyncStore.current().get().exists(sql, params.toArray());
  }
}
