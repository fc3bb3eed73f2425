package io.fieldline.contract.client;

import io.fieldline.sync.error.SyncErrorCode;

/**
 * The server refused in a way resending cannot fix: the app must be updated
 * (UNSUPPORTED_PROTOCOL_VERSION), the user must sign in and register the device again
 * (UNAUTHORIZED_DEVICE, an HTTP 401) or the client has a bug (INVALID_REQUEST). The outbox is kept.
 */
public class SyncStoppedException extends RuntimeException {
  private final String code;

  public SyncStoppedException(String code, String message) {
    super(code + ": " + message);
    this.code = code;
  }

  public SyncStoppedException(SyncErrorCode code, String message) {
    this(code.name(), message);
  }

  /** The stop for a refusal that resending cannot fix. */
  public static SyncStoppedException of(io.fieldline.sync.wire.Refusal r) {
    if (r instanceof io.fieldline.sync.wire.Refusal.UnsupportedVersion u) {
      return new SyncStoppedException(SyncErrorCode.UNSUPPORTED_PROTOCOL_VERSION, u.message());
    }
    if (r instanceof io.fieldline.sync.wire.Refusal.UnauthorizedDevice u) {
      return new SyncStoppedException(SyncErrorCode.UNAUTHORIZED_DEVICE, u.message());
    }
    if (r instanceof io.fieldline.sync.wire.Refusal.InvalidRequest i) {
      return new SyncStoppedException(SyncErrorCode.INVALID_REQUEST, i.message());
    }
    return new SyncStoppedException("UNEXPECTED_REFUSAL", r.toString());
  }

  /** The protocol error code, or UNAUTHENTICATED / TOKEN_EXPIRED for a 401. */
  public String code() {
    return code;
  }
}
