package io.fieldline.contract.client;

import io.fieldline.sync.merge.AppendOnly;
import io.fieldline.sync.merge.EntityPolicy;
import io.fieldline.sync.merge.FieldPolicy;
import io.fieldline.sync.merge.MergePolicy;
import io.fieldline.sync.merge.PolicyRegistry;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.Operation;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the user sees (R41): the server copy with the pending mutations applied on top, counters as
 * deltas and append-only elements as additions (by the entity's policy; a type the client has no
 * policy for is replaced field by field).
 */
final class Overlay {
  private final PolicyRegistry policies;

  Overlay(PolicyRegistry policies) {
    this.policies = policies;
  }

  Optional<Map<String, FieldValue>> view(Optional<RecordState> copy, List<Mutation> pending) {
    Map<String, FieldValue> fields = copy.map(s -> new LinkedHashMap<>(s.fields())).orElse(null);
    for (Mutation m : pending) {
      if (m.operation() == Operation.CREATE) {
        fields = new LinkedHashMap<>(m.fields());
      } else if (m.operation() == Operation.DELETE) {
        fields = null;
      } else if (fields != null) {
        apply(m.entityType(), fields, m.fields());
      }
    }
    return Optional.ofNullable(fields);
  }

  private void apply(String type, Map<String, FieldValue> fields, Map<String, FieldValue> changes) {
    Optional<EntityPolicy> entity = policies.find(type);
    changes.forEach(
        (name, value) -> {
          MergePolicy policy =
              entity.flatMap(e -> e.field(name)).map(FieldPolicy::policy).orElse(null);
          FieldValue current = fields.getOrDefault(name, FieldValue.NULL);
          if (policy == MergePolicy.COUNTER_DELTA && value instanceof FieldValue.NumberValue d) {
            BigDecimal base =
                current instanceof FieldValue.NumberValue n ? n.value() : BigDecimal.ZERO;
            fields.put(name, FieldValue.of(base.add(d.value())));
          } else if (policy == MergePolicy.APPEND_ONLY) {
            fields.put(name, AppendOnly.union(current, value));
          } else {
            fields.put(name, value);
          }
        });
  }
}
