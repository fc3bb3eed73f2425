package io.fieldline.backend.identity.auth;

import io.fieldline.backend.error.ErrorCode;

/** Why a presented credential was not accepted. */
public enum AuthFailure {
  /** The Authorization header or token is not in a format any verifier accepts. */
  MALFORMED,
  /** The signature does not verify. */
  BAD_SIGNATURE,
  /** The token is past its expiry. */
  EXPIRED,
  /** The token is for another audience or issuer, or was revoked. */
  NOT_ACCEPTED,
  /** The token is valid but names no active Fieldline user. */
  UNKNOWN_USER,
  /** This kind of token is switched off here (e.g. development tokens in production). */
  DISABLED,
  /**
   * The token could not be checked for a temporary reason (the database or the key endpoint is
   * unreachable): the client keeps its token and retries later; it must not sign the user out.
   */
  UNAVAILABLE;

  public ErrorCode errorCode() {
    return switch (this) {
      case EXPIRED -> ErrorCode.TOKEN_EXPIRED;
      case UNAVAILABLE -> ErrorCode.RETRYABLE;
      default -> ErrorCode.UNAUTHENTICATED;
    };
  }
}
