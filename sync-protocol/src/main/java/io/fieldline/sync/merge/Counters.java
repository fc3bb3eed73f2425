package io.fieldline.sync.merge;

import io.fieldline.sync.model.FieldValue;
import java.math.BigDecimal;

/** Counter fields (R23): the stored value is absolute, devices only ever send signed deltas. */
final class Counters {

  private Counters() {}

  /** {@code current + delta}, treating an absent or null current value as zero. */
  static FieldValue add(FieldValue current, FieldValue delta) {
    BigDecimal base =
        current instanceof FieldValue.NumberValue
            ? ((FieldValue.NumberValue) current).value()
            : BigDecimal.ZERO;
    return FieldValue.of(base.add(((FieldValue.NumberValue) delta).value()));
  }
}
