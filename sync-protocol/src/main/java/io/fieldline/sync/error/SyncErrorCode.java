package io.fieldline.sync.error;

import io.fieldline.sync.WireToken;

/**
 * The one catalogue of stable sync error codes (PROTOCOL.md R4, table "Error codes"). The wire
 * token is the constant's name. Each code says whether the mutation or request it answers is
 * settled ({@link Disposition#PERMANENT}: the client removes it from its outbox and shows the user)
 * or nothing advanced ({@link Disposition#RETRYABLE}: the client resends after the action below).
 */
public enum SyncErrorCode implements WireToken {

  // ---- request level: nothing was applied, nothing advanced ----

  /** The request's protocol version is not served. Client: upgrade the app, do not retry as is. */
  UNSUPPORTED_PROTOCOL_VERSION(Level.REQUEST, Disposition.RETRYABLE),
  /** Too many mutations or too many bytes. Client: split the batch and resend at once. */
  BATCH_TOO_LARGE(Level.REQUEST, Disposition.RETRYABLE),
  /**
   * The device is not registered to the caller (or to the caller's tenant). Client: re-register the
   * device after signing in again; logged as a security event on the server.
   */
  UNAUTHORIZED_DEVICE(Level.REQUEST, Disposition.RETRYABLE),
  /**
   * The body is unparseable or structurally wrong (message names the path and value). Client: this
   * is a client bug; report it, do not resend the same body in a loop.
   */
  INVALID_REQUEST(Level.REQUEST, Disposition.RETRYABLE),
  /**
   * A temporary server failure (store unavailable, serialization failure, deadlock). Client: resend
   * from the sequence named in the answer after the retry hint, with exponential backoff.
   */
  RETRYABLE(Level.REQUEST, Disposition.RETRYABLE),
  /**
   * A sequence gap: the batch stopped and names the expected sequence. Client: resend its outbox
   * starting at the expected sequence.
   */
  OUT_OF_ORDER(Level.REQUEST, Disposition.RETRYABLE),
  /**
   * The pull cursor is older than the retention horizon (or the device's scope changed). Client:
   * resync from the empty cursor, keeping its unpushed outbox.
   */
  RESYNC_REQUIRED(Level.REQUEST, Disposition.RETRYABLE),

  // ---- mutation level: recorded as the mutation's result, the sequence advanced ----

  /**
   * The mutation's payload is malformed or does not fit the entity's declared fields (unknown
   * entity or field, wrong value type, bad attachment metadata). Client: drop it from the outbox,
   * keep it in the error archive and show the user.
   */
  INVALID_PAYLOAD(Level.MUTATION, Disposition.PERMANENT),
  /** A business rule refused the result (required field, range). Client: show the user. */
  VALIDATION_FAILED(Level.MUTATION, Disposition.PERMANENT),
  /**
   * The record does not exist or is outside the caller's current scope (deliberately the same
   * answer). Client: show the user that the edit could not be delivered; keep it in the archive.
   */
  NOT_FOUND_OR_FORBIDDEN(Level.MUTATION, Disposition.PERMANENT),
  /** A CREATE used an id that already exists. Client: show the user; the data is archived. */
  RECORD_EXISTS(Level.MUTATION, Disposition.PERMANENT),
  /**
   * The edit targeted a record deleted on the server and the entity's rule is delete-wins. Client:
   * show the user; the next pull removes the record.
   */
  RECORD_DELETED(Level.MUTATION, Disposition.PERMANENT),
  /**
   * The delete lost to a concurrent edit (the entity's rule is edit-wins). Client: show the user;
   * the next pull brings the record back.
   */
  DELETE_OVERRIDDEN(Level.MUTATION, Disposition.PERMANENT),
  /**
   * A shared field changed on both sides; it is held as a conflict record for a person. Client:
   * show the field as "waiting for review"; the resolution arrives by pull.
   */
  CONFLICT_HELD(Level.MUTATION, Disposition.PERMANENT),
  /**
   * A status change is not an allowed transition from the server's current value; held as a
   * conflict for a person. Client: show it as "waiting for review".
   */
  ILLEGAL_TRANSITION(Level.MUTATION, Disposition.PERMANENT),
  /**
   * The sequence was already used by a different body. Client: this is an outbox bug; archive the
   * mutation, report it, never resend it with that number.
   */
  SEQUENCE_REUSED(Level.MUTATION, Disposition.PERMANENT),
  /**
   * A replay of a sequence whose stored result is older than the retention horizon. Client: drop it
   * from the outbox, mark its outcome unknown, resync.
   */
  RESULT_EXPIRED(Level.MUTATION, Disposition.PERMANENT);

  /** Where a code can appear. */
  public enum Level {
    /** Answers a whole request (a refusal or the end of a batch). */
    REQUEST,
    /** Answers one mutation and is stored as its result. */
    MUTATION
  }

  /** What the code means for the thing it answers. */
  public enum Disposition {
    /** Settled: the mutation has its final result; remove it from the outbox. */
    PERMANENT,
    /** Nothing advanced: resend after the action the code names. */
    RETRYABLE
  }

  private final Level level;
  private final Disposition disposition;

  SyncErrorCode(Level level, Disposition disposition) {
    this.level = level;
    this.disposition = disposition;
  }

  /** Whether this code answers a request or a mutation. */
  public Level level() {
    return level;
  }

  /** Whether the answered mutation is settled. */
  public boolean permanent() {
    return disposition == Disposition.PERMANENT;
  }

  /** Whether nothing advanced and the client resends after acting on the code. */
  public boolean retryable() {
    return disposition == Disposition.RETRYABLE;
  }

  @Override
  public String wire() {
    return name();
  }

  /** Parses a wire token; unknown codes are rejected. */
  public static SyncErrorCode fromWire(String token) {
    return WireToken.parse(SyncErrorCode.class, token, "error code");
  }
}
