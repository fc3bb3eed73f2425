package io.fieldline.sync.wire;

/**
 * One element of a push request's mutation list as the server received it: a well-formed {@link
 * Mutation}, or a {@link MalformedMutation} whose sequence could be read but whose payload could
 * not (it is recorded as INVALID_PAYLOAD so one bad write never blocks the queue, PROTOCOL.md R15).
 */
public sealed interface MutationEntry permits Mutation, MalformedMutation {

  /** The per-device sequence number. */
  long sequence();
}
