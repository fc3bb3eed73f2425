package io.fieldline.sync.testing;

import io.fieldline.sync.model.FieldValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds field maps and values from plain Java values: text, numbers, booleans, lists, maps. */
public final class Fields {

  private Fields() {}

  /** {@code of("notes", "x", "quantity", 3)}. */
  public static Map<String, FieldValue> of(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must pair up");
    }
    Map<String, FieldValue> fields = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put((String) namesAndValues[i], value(namesAndValues[i + 1]));
    }
    return fields;
  }

  /** A field value from a plain Java value (null is JSON null). */
  public static FieldValue value(Object v) {
    if (v == null) {
      return FieldValue.NULL;
    }
    if (v instanceof FieldValue) {
      return (FieldValue) v;
    }
    if (v instanceof String) {
      return FieldValue.of((String) v);
    }
    if (v instanceof Boolean) {
      return FieldValue.of((Boolean) v);
    }
    if (v instanceof Integer || v instanceof Long) {
      return FieldValue.of(((Number) v).longValue());
    }
    if (v instanceof BigDecimal) {
      return FieldValue.of((BigDecimal) v);
    }
    if (v instanceof List) {
      List<FieldValue> items = new ArrayList<>();
      ((List<?>) v).forEach(item -> items.add(value(item)));
      return FieldValue.list(items);
    }
    if (v instanceof Map) {
      Map<String, FieldValue> members = new HashMap<>();
      ((Map<?, ?>) v).forEach((k, val) -> members.put((String) k, value(val)));
      return FieldValue.object(members);
    }
    throw new IllegalArgumentException("no field value for " + v.getClass());
  }

  /** An append-only element {@code {"id": id, ...}}. */
  public static FieldValue element(String id, Object... namesAndValues) {
    Map<String, FieldValue> members = new HashMap<>(of(namesAndValues));
    members.put("id", FieldValue.of(id));
    return FieldValue.object(members);
  }

  /** A list of values. */
  public static FieldValue list(FieldValue... items) {
    return FieldValue.list(List.of(items));
  }

  /** Valid attachment metadata for a photo named {@code name}. */
  public static FieldValue photo(String name) {
    return new io.fieldline.sync.model.AttachmentRef(
            TestIds.uuid("photo-" + name),
            io.fieldline.sync.wire.json.CanonicalJson.sha256(name),
            48_213,
            "image/jpeg")
        .toValue();
  }
}
