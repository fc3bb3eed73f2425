package io.fieldline.sync.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Attachment metadata as it travels in a record field (PROTOCOL.md R42): the content is uploaded
 * and downloaded separately, addressed by its SHA-256. JSON form: {@code {"id": uuid, "sha256":
 * hex, "size": bytes, "mediaType": "type/subtype"}}.
 */
public record AttachmentRef(UUID id, String sha256, long size, String mediaType) {

  /** Largest accepted attachment: 100 MiB. */
  public static final long MAX_SIZE = 100L * 1024 * 1024;

  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}");

  public AttachmentRef {
    Objects.requireNonNull(id, "id must not be null");
    Checks.sha256(sha256, "sha256");
    if (size < 0 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be in [0, " + MAX_SIZE + "] but was " + size);
    }
    Objects.requireNonNull(mediaType, "mediaType must not be null");
    if (!MEDIA_TYPE.matcher(mediaType).matches()) {
      throw new IllegalArgumentException(
          "mediaType must be a lower-case type/subtype but was '" + mediaType + "'");
    }
  }

  /** This reference as a field value. */
  public FieldValue toValue() {
    return FieldValue.object(
        Map.of(
            "id", FieldValue.of(id.toString()),
            "sha256", FieldValue.of(sha256),
            "size", FieldValue.of(size),
            "mediaType", FieldValue.of(mediaType)));
  }

  /**
   * Reads a reference from a field value.
   *
   * @return the problem, or empty when {@code value} is a valid reference
   */
  public static Optional<String> problem(FieldValue value) {
    try {
      fromValue(value);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  /**
   * Reads a reference from a field value.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static AttachmentRef fromValue(FieldValue value) {
    if (!(value instanceof FieldValue.ObjectValue)) {
      throw new IllegalArgumentException(
          "attachment must be an object but was " + value.typeName());
    }
    Map<String, FieldValue> m = ((FieldValue.ObjectValue) value).members();
    if (!m.keySet().equals(java.util.Set.of("id", "sha256", "size", "mediaType"))) {
      throw new IllegalArgumentException(
          "attachment must have exactly id, sha256, size, mediaType but had " + m.keySet());
    }
    return new AttachmentRef(
        Values.uuid(m.get("id"), "attachment id"),
        Values.text(m.get("sha256"), "attachment sha256"),
        Values.longValue(m.get("size"), "attachment size"),
        Values.text(m.get("mediaType"), "attachment mediaType"));
  }
}
