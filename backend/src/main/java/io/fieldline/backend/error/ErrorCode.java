package io.fieldline.backend.error;

/**
 * The one catalogue of stable error codes the API returns in {@code extensions.code}. Each code
 * says what a client should do. Codes are never renamed; new ones are added at the end.
 */
public enum ErrorCode {
  /** No valid credentials: the app refreshes its token (or signs in again) and retries. */
  UNAUTHENTICATED,
  /** The token has expired: refresh it and retry. */
  TOKEN_EXPIRED,
  /** Authenticated but not allowed: show the user; retrying will not help. */
  FORBIDDEN,
  /** No such record, or not visible to the caller (the two are deliberately indistinguishable). */
  NOT_FOUND,
  /** Input breaks a rule; {@code extensions.field} names the field. Fix the input; do not retry. */
  VALIDATION_FAILED,
  /** The record's state does not allow the operation (e.g. editing an approved quote). */
  INVALID_STATE,
  /** The record changed since it was read: re-read, then retry the edit. */
  CONFLICT,
  /** The request exceeds a size, depth or complexity limit: split or simplify it. */
  LIMIT_EXCEEDED,
  /**
   * A temporary server condition (database unavailable, serialisation failure): back off, retry.
   */
  RETRYABLE,
  /** An unexpected server error; details are in the server log only. Retry later. */
  INTERNAL,
  /**
   * The record's state machine does not allow this step from its current status (e.g. a completed
   * visit cannot start travelling). Re-read the record and show the user its current status; do not
   * retry.
   */
  ILLEGAL_TRANSITION,
  /**
   * Required checklist items are unanswered; the message names them. Answer them, then retry the
   * step.
   */
  CHECKLIST_INCOMPLETE,
  /**
   * The stock location holds less than the requested quantity. Re-read the stock and show the user;
   * retrying unchanged will not help.
   */
  INSUFFICIENT_STOCK,
  /**
   * The report is already signed: it can neither be signed again nor changed. Re-read it; do not
   * retry.
   */
  ALREADY_SIGNED,
  /**
   * The record exists already (e.g. a second survey for the same visit). Re-read it instead of
   * retrying.
   */
  DUPLICATE,
  /**
   * A proposed dispatch plan went stale: visits or work orders it changes were changed since the
   * plan was computed (their version differs). Nothing was published; re-optimise (or publish a
   * selection without the stale changes, which the message names).
   */
  PLAN_STALE,
  /** The attachment is larger than the server accepts (HTTP 413); do not retry unchanged. */
  ATTACHMENT_TOO_LARGE,
  /** The attachment's media type is not accepted (HTTP 415); do not retry unchanged. */
  ATTACHMENT_TYPE_NOT_ALLOWED,
  /**
   * The chunk does not start where the upload stands (HTTP 409): read the upload's status and
   * resume from its {@code received} offset.
   */
  ATTACHMENT_OFFSET_MISMATCH,
  /** The upload has not received all its bytes yet (HTTP 409): send the rest, then finalize. */
  ATTACHMENT_INCOMPLETE,
  /**
   * The uploaded bytes do not have the declared SHA-256 (HTTP 422): they were discarded; upload the
   * content again from offset 0.
   */
  ATTACHMENT_HASH_MISMATCH,
  /** The requested byte range lies outside the content (HTTP 416): ask for a range inside it. */
  RANGE_NOT_SATISFIABLE
}
