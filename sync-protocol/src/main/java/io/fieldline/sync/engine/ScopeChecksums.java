package io.fieldline.sync.engine;

import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.RecordState;
import io.fieldline.sync.store.ScopePage;
import io.fieldline.sync.store.StoreTx;
import io.fieldline.sync.wire.ScopeChecksum;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The scope checksum (R33): the count of live records and the SHA-256 of the lines {@code
 * "<entityType> <id> <version>\n"} in key order. Clients compute the same over their server-copy
 * records (not their pending local edits).
 */
public final class ScopeChecksums {

  private static final int PAGE = 1000;

  private ScopeChecksums() {}

  /** The checksum of the live records of a scope, read in the caller's transaction. */
  static ScopeChecksum compute(StoreTx tx, String scopeId) {
    MessageDigest digest = sha256();
    long count = 0;
    Optional<RecordKey> after = Optional.empty();
    while (true) {
      ScopePage page = tx.scopeRecords(scopeId, after, PAGE);
      for (RecordState record : page.records()) {
        digest.update(line(record).getBytes(StandardCharsets.UTF_8));
        count++;
        after = Optional.of(record.key());
      }
      if (!page.hasMore()) {
        return new ScopeChecksum(count, HexFormat.of().formatHex(digest.digest()));
      }
    }
  }

  /** The checksum of records a client holds (any order; only live records are passed). */
  public static ScopeChecksum of(Collection<RecordState> records) {
    Map<RecordKey, Long> versions = new HashMap<>();
    records.forEach(r -> versions.put(r.key(), r.version()));
    return ofVersions(versions);
  }

  /**
   * The same checksum from each live record's key and version only (any order): a client need not
   * read its records' fields to check a checkpoint.
   */
  public static ScopeChecksum ofVersions(Map<RecordKey, Long> versions) {
    MessageDigest digest = sha256();
    new TreeMap<>(versions)
        .forEach(
            (key, version) -> digest.update(line(key, version).getBytes(StandardCharsets.UTF_8)));
    return new ScopeChecksum(versions.size(), HexFormat.of().formatHex(digest.digest()));
  }

  private static String line(RecordState record) {
    return line(record.key(), record.version());
  }

  private static String line(RecordKey key, long version) {
    return key.entityType() + " " + key.id() + " " + version + "\n";
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
