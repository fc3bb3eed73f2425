package io.fieldline.sync.wire;

/**
 * The server's answer for one mutation (PROTOCOL.md R10): applied as sent, merged (the server kept
 * some of its values), conflict held (some fields wait for a person), rejected with a code, or a
 * duplicate carrying the stored result of the original. Every processed mutation has exactly one
 * stored result (R29).
 */
public sealed interface MutationResult
    permits AppliedResult, MergedResult, ConflictHeldResult, RejectedResult, DuplicateResult {

  /** The sequence number of the mutation this answers. */
  long sequence();

  /** The result kind as a wire token. */
  ResultKind kind();
}
