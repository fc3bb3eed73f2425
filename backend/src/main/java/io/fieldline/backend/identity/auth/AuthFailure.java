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
  DISABLED;

  public ErrorCode errorCode() {
    return this == EXPIRED ? ErrorCode.TOKEN_EXPIRED : ErrorCode.UNAUTHENTICATED;
  }
}
