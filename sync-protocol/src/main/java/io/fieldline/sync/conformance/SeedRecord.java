package io.fieldline.sync.conformance;

import io.fieldline.sync.model.Checks;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** A record the server holds before a vector starts: version 1, written by the server. */
public record SeedRecord(RecordKey key, Map<String, FieldValue> fields, Set<String> scopes) {

  public SeedRecord {
    Objects.requireNonNull(key, "key must not be null");
    fields = Map.copyOf(fields);
    scopes = Set.copyOf(scopes);
    scopes.forEach(s -> Checks.text(s, "scope", 128));
  }
}
