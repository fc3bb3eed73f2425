package io.fieldline.sync.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A conflict held for a person (PROTOCOL.md R25, R28): which mutation raised it, the held fields
 * and whether someone has resolved it. Nothing the device sent is lost: "mine" is kept here.
 */
public record ConflictRecord(
    UUID id,
    RecordKey record,
    String deviceId,
    long sequence,
    long recordVersion,
    List<FieldConflict> fields,
    Instant createdAt,
    ConflictStatus status) {

  public ConflictRecord {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(record, "record must not be null");
    Checks.text(deviceId, "deviceId", 128);
    Checks.atLeast(sequence, 1, "sequence");
    Checks.atLeast(recordVersion, 1, "recordVersion");
    fields = List.copyOf(fields);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("fields must not be empty for conflict " + id);
    }
    Objects.requireNonNull(createdAt, "createdAt must not be null");
    Objects.requireNonNull(status, "status must not be null");
  }

  /** Whether nobody has resolved it yet. */
  public boolean open() {
    return status instanceof ConflictStatus.Open;
  }

  /** A copy with {@code status}. */
  public ConflictRecord withStatus(ConflictStatus status) {
    return new ConflictRecord(
        id, record, deviceId, sequence, recordVersion, fields, createdAt, status);
  }

  /**
   * The conflict id the server assigns for a device's mutation: a name-based UUID of "conflict/" +
   * device id + "/" + sequence, so replays and re-runs agree.
   */
  public static UUID idFor(String deviceId, long sequence) {
    return UUID.nameUUIDFromBytes(
        ("conflict/" + deviceId + "/" + sequence)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
