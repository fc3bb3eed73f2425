package io.fieldline.sync.conformance;

import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A sync server as the vectors drive it. The reference engine implements it in process ({@link
 * ReferenceServer}); the backend implements it over HTTP plus a test-only admin API. Device
 * requests are JSON bodies exactly as a phone sends them.
 */
public interface ServerUnderTest {

  /** An HTTP status and body. */
  record Reply(int status, String body) {}

  /** Starts from an empty server in the given initial state. */
  void reset(VectorSetup setup);

  /** Sends a push body as {@code caller}. */
  Reply push(String caller, String body);

  /** Sends a pull body as {@code caller}. */
  Reply pull(String caller, String body);

  /** A server-side create (version 1) in the given scopes. */
  void serverCreate(RecordKey key, Map<String, FieldValue> fields, Set<String> scopes);

  /** A server-side change of fields. */
  void serverUpdate(RecordKey key, Map<String, FieldValue> fields);

  /** A server-side delete. */
  void serverDelete(RecordKey key);

  /** The record and related records enter the scope. */
  void grant(String scope, RecordKey record, List<RecordKey> related);

  /** The records leave the scope. */
  void evict(String scope, List<RecordKey> records);

  /** A person resolves a held conflict. */
  void resolveConflict(UUID conflictId, Map<String, FieldValue> chosen, String resolvedBy);

  /** Moves the server clock forward. */
  void advanceTime(Duration by);

  /** Applies the retention horizon now. */
  void compact();

  /** The current state, for expectations. */
  ServerState state();

  /** The optional abilities this server has. */
  Set<Capability> capabilities();

  /** Fails the next claim of this device sequence temporarily (TRANSIENT_FAULTS). */
  void failTransiently(String deviceId, long sequence);
}
