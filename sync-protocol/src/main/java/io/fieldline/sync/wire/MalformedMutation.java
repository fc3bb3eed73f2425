package io.fieldline.sync.wire;

import io.fieldline.sync.model.Checks;

/**
 * A received mutation whose sequence is readable but whose payload is not (unknown operation, bad
 * id, wrong types, wrong shape). Only decoders create it; encoders refuse it (strict producing).
 * The body hash is taken over the canonical form of the received object so a replay is recognised.
 */
public record MalformedMutation(long sequence, String problem, String bodyHash)
    implements MutationEntry {

  public MalformedMutation {
    Checks.atLeast(sequence, 1, "sequence");
    Checks.text(problem, "problem", 2000);
    Checks.sha256(bodyHash, "bodyHash");
  }
}
