package io.fieldline.sync.wire.json;

import io.fieldline.sync.wire.MalformedMutation;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.MutationEntry;

/**
 * The body hash that tells a replay from a reused sequence (R7, R8): the SHA-256 of the mutation's
 * canonical JSON (members in the documented order, map keys sorted, numbers plain, no whitespace).
 */
public final class MutationHash {

  private MutationHash() {}

  /** The body hash of a received mutation entry. */
  public static String of(MutationEntry entry) {
    if (entry instanceof MalformedMutation) {
      return ((MalformedMutation) entry).bodyHash();
    }
    Mutation m = (Mutation) entry;
    return CanonicalJson.sha256(Json.write(gen -> MutationJson.write(gen, m)));
  }
}
