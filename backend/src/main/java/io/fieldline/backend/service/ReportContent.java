package io.fieldline.backend.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a customer signs: the report's notes, checklist answers, time entries, parts used,
 * attachments and follow-up. {@link #sha256()} hashes a canonical text of it (each value
 * length-prefixed, lists in a fixed order), so the same content always gives the same hash.
 */
public record ReportContent(
    String notes,
    SortedMap<String, String> answers,
    List<Time> timeEntries,
    List<Part> parts,
    List<Attachment> attachments,
    String followUp) {

  /** A time entry; {@code stoppedAt} is null while it runs. */
  public record Time(TimeEntryKind kind, Instant startedAt, Instant stoppedAt) {}

  /** A part used: product and the (positive) quantity taken from the van. */
  public record Part(UUID productId, BigDecimal quantity) {}

  /** An attachment by reference. */
  public record Attachment(AttachmentKind kind, String sha256, long sizeBytes, String mediaType) {}

  public ReportContent {
    answers = new TreeMap<>(answers == null ? Map.of() : answers);
    timeEntries = List.copyOf(timeEntries);
    parts = List.copyOf(parts);
    attachments = List.copyOf(attachments);
  }

  /** The canonical text the hash is taken over. */
  public String canonical() {
    StringBuilder out = new StringBuilder("fieldline-report-v1\n");
    field(out, "notes", notes);
    answers.forEach((code, value) -> field(out, "answer:" + code, value));
    for (Time t : timeEntries) {
      field(out, "time", t.kind() + "|" + t.startedAt() + "|" + t.stoppedAt());
    }
    for (Part p : parts) {
      field(out, "part", p.productId() + "|" + p.quantity().stripTrailingZeros().toPlainString());
    }
    for (Attachment a : attachments) {
      field(
          out,
          "attachment",
          a.kind() + "|" + a.sha256() + "|" + a.sizeBytes() + "|" + a.mediaType());
    }
    field(out, "followUp", followUp);
    return out.toString();
  }

  /** SHA-256 of {@link #canonical()} in lower-case hex. */
  public String sha256() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  private static void field(StringBuilder out, String name, String value) {
    String v = value == null ? "" : value;
    out.append(name).append('=').append(v.length()).append(':').append(v).append('\n');
  }
}
