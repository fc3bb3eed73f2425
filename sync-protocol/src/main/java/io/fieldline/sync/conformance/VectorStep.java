package io.fieldline.sync.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.sync.model.Checks;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** One step of a vector. Expectations are JSON subsets (see {@link JsonExpect}). */
public sealed interface VectorStep {

  /**
   * A device request: a push or pull body (with {@code "@last"} as a pull cursor meaning the last
   * cursor the device received) sent as {@code caller}; {@code expect} may hold {@code status} and
   * a {@code body} subset.
   */
  record Request(boolean push, String caller, String body, Optional<JsonNode> expect)
      implements VectorStep {
    public Request {
      Checks.text(caller, "caller", 128);
      Objects.requireNonNull(body, "body must not be null");
      expect = expect.map(JsonNode::deepCopy);
    }
  }

  /** The server creates a record in some scopes. */
  record ServerCreate(RecordKey key, Map<String, FieldValue> fields, Set<String> scopes)
      implements VectorStep {
    public ServerCreate {
      Objects.requireNonNull(key, "key must not be null");
      fields = Map.copyOf(fields);
      scopes = Set.copyOf(scopes);
    }
  }

  /** The server (back office, dispatcher) changes fields of a record. */
  record ServerUpdate(RecordKey key, Map<String, FieldValue> fields) implements VectorStep {
    public ServerUpdate {
      Objects.requireNonNull(key, "key must not be null");
      fields = Map.copyOf(fields);
    }
  }

  /** The server deletes a record. */
  record ServerDelete(RecordKey key) implements VectorStep {
    public ServerDelete {
      Objects.requireNonNull(key, "key must not be null");
    }
  }

  /** A record and related records enter a scope. */
  record Grant(String scope, RecordKey record, List<RecordKey> related) implements VectorStep {
    public Grant {
      Checks.text(scope, "scope", 128);
      Objects.requireNonNull(record, "record must not be null");
      related = List.copyOf(related);
    }
  }

  /** Records leave a scope. */
  record Evict(String scope, List<RecordKey> records) implements VectorStep {
    public Evict {
      Checks.text(scope, "scope", 128);
      records = List.copyOf(records);
    }
  }

  /** A person resolves a conflict ({@code "@last"}: the last conflict id a push answered). */
  record Resolve(String conflictId, Map<String, FieldValue> fields, String resolvedBy)
      implements VectorStep {
    public Resolve {
      Checks.text(conflictId, "conflictId", 64);
      fields = Map.copyOf(fields);
      Checks.text(resolvedBy, "resolvedBy", 128);
    }
  }

  /** The server clock moves forward. */
  record AdvanceTime(Duration by) implements VectorStep {
    public AdvanceTime {
      if (by.isNegative()) {
        throw new IllegalArgumentException("time only moves forward but was " + by);
      }
    }
  }

  /** The server applies its retention horizon. */
  record Compact() implements VectorStep {}

  /** The next claim of this device sequence fails temporarily (needs TRANSIENT_FAULTS). */
  record FailTransiently(String deviceId, long sequence) implements VectorStep {
    public FailTransiently {
      Checks.text(deviceId, "deviceId", 128);
      Checks.atLeast(sequence, 1, "sequence");
    }
  }

  /** The server state must match this subset (see {@link StateJson}). */
  record ExpectState(JsonNode expected) implements VectorStep {
    public ExpectState {
      expected = expected.deepCopy();
    }
  }
}
