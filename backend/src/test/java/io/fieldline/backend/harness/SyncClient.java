package io.fieldline.backend.harness;

import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.wire.MutationResult;
import io.fieldline.sync.wire.Operation;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * One simulated phone as the harness drives it: an outbox of mutations numbered by sequence, a
 * server copy kept by pulling, and retries through whatever the network does. {@link WireClient}
 * implements it on the sync wire types; the reference offline client of {@code mobile-contract}
 * slots in behind the same interface.
 */
public interface SyncClient {

  UUID deviceId();

  /** Queues a create of a new record (id chosen here); its key. */
  RecordKey create(String entityType, Map<String, FieldValue> fields);

  /** Queues an update of a record, at the version this device holds of it. */
  void update(RecordKey key, Map<String, FieldValue> fields);

  /** Queues a delete of a record, at the version this device holds of it. */
  void delete(RecordKey key);

  /**
   * Pushes until the outbox is empty, retrying broken connections and retry hints with back-off;
   * false if {@code patience} ran out first (the outbox is stuck).
   */
  boolean pushAll(Duration patience);

  /** Pulls to a checkpoint, retrying the same way; false if {@code patience} ran out. */
  boolean pullAll(Duration patience);

  /** The server copy (records as last pulled). */
  Map<RecordKey, RecordState> serverCopy();

  /** Mutations still in the outbox. */
  int pending();

  /** Every mutation this device queued, by sequence, with the result once acknowledged. */
  Map<Long, Sent> sent();

  /** One queued mutation and what the server answered (null until acknowledged). */
  record Sent(long sequence, RecordKey key, Operation operation, MutationResult result) {}
}
