package io.fieldline.sync.merge;

import io.fieldline.sync.WireToken;
import io.fieldline.sync.model.AttachmentRef;
import io.fieldline.sync.model.FieldValue;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The declared JSON type of a field; every type also accepts null unless its policy forbids. */
public enum FieldType implements WireToken {
  TEXT("text"),
  NUMBER("number"),
  BOOLEAN("boolean"),
  /** An ISO-8601 UTC instant as text. */
  TIMESTAMP("timestamp"),
  OBJECT("object"),
  LIST("list"),
  /** Attachment metadata (R42). */
  ATTACHMENT("attachment"),
  /** A list of attachment metadata (R42). */
  ATTACHMENT_LIST("attachment_list"),
  /** Any JSON value. */
  ANY("any");

  private final String wire;

  FieldType(String wire) {
    this.wire = wire;
  }

  @Override
  public String wire() {
    return wire;
  }

  /** Parses a wire token; unknown types are rejected. */
  public static FieldType fromWire(String token) {
    return WireToken.parse(FieldType.class, token, "field type");
  }

  /** What is wrong with {@code value} for this type, or empty when it fits. */
  public Optional<String> problem(FieldValue value) {
    if (value instanceof FieldValue.NullValue || this == ANY) {
      return Optional.empty();
    }
    switch (this) {
      case TEXT:
        return expect(value instanceof FieldValue.TextValue, value);
      case NUMBER:
        return expect(value instanceof FieldValue.NumberValue, value);
      case BOOLEAN:
        return expect(value instanceof FieldValue.BoolValue, value);
      case TIMESTAMP:
        return timestampProblem(value);
      case OBJECT:
        return expect(value instanceof FieldValue.ObjectValue, value);
      case LIST:
        return expect(value instanceof FieldValue.ListValue, value);
      case ATTACHMENT:
        return AttachmentRef.problem(value);
      case ATTACHMENT_LIST:
        if (!(value instanceof FieldValue.ListValue)) {
          return expect(false, value);
        }
        for (FieldValue item : ((FieldValue.ListValue) value).items()) {
          Optional<String> problem = AttachmentRef.problem(item);
          if (problem.isPresent()) {
            return problem;
          }
        }
        return Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private Optional<String> expect(boolean ok, FieldValue value) {
    return ok ? Optional.empty() : Optional.of("expected " + wire + " but was " + value.typeName());
  }

  private Optional<String> timestampProblem(FieldValue value) {
    if (!(value instanceof FieldValue.TextValue)) {
      return expect(false, value);
    }
    String text = ((FieldValue.TextValue) value).value();
    try {
      Instant.parse(text);
      return Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.of("expected an ISO-8601 UTC instant but was '" + text + "'");
    }
  }
}
