package io.fieldline.sync.merge;

import io.fieldline.sync.model.FieldValue;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Append-only collections (R22): a set of elements identified by id, kept in canonical order. An
 * element is an object with a text {@code id} member (identity: that id) or a scalar (identity: its
 * type and value). Union keeps the first-committed element for an id, so elements are immutable
 * once added; the order is by identity, so the union is order-independent.
 */
public final class AppendOnly {

  private AppendOnly() {}

  static Optional<String> problem(FieldValue.ListValue list) {
    for (int i = 0; i < list.items().size(); i++) {
      if (identity(list.items().get(i)).isEmpty()) {
        return Optional.of(
            "element " + i + " must be an object with a text 'id' or a text/number/boolean scalar");
      }
    }
    return Optional.empty();
  }

  /** {@code current} plus the elements of {@code added} whose id it lacks, canonically ordered. */
  public static FieldValue union(FieldValue current, FieldValue added) {
    TreeMap<String, FieldValue> byId = new TreeMap<>();
    putAll(byId, current);
    putAll(byId, added);
    return FieldValue.list(new ArrayList<>(byId.values()));
  }

  /** The canonical form of a list: duplicates by id dropped (first kept), ordered by id. */
  public static FieldValue canonical(FieldValue list) {
    return union(FieldValue.list(java.util.List.of()), list);
  }

  private static void putAll(TreeMap<String, FieldValue> byId, FieldValue list) {
    if (list instanceof FieldValue.ListValue) {
      for (FieldValue item : ((FieldValue.ListValue) list).items()) {
        identity(item).ifPresent(id -> byId.putIfAbsent(id, item));
      }
    }
  }

  static Optional<String> identity(FieldValue element) {
    if (element instanceof FieldValue.ObjectValue) {
      Map<String, FieldValue> members = ((FieldValue.ObjectValue) element).members();
      FieldValue id = members.get("id");
      return id instanceof FieldValue.TextValue
          ? Optional.of("id:" + ((FieldValue.TextValue) id).value())
          : Optional.empty();
    }
    if (element instanceof FieldValue.TextValue) {
      return Optional.of("text:" + ((FieldValue.TextValue) element).value());
    }
    if (element instanceof FieldValue.NumberValue) {
      return Optional.of("number:" + ((FieldValue.NumberValue) element).value().toPlainString());
    }
    if (element instanceof FieldValue.BoolValue) {
      return Optional.of("boolean:" + ((FieldValue.BoolValue) element).value());
    }
    return Optional.empty();
  }
}
