package io.fieldline.backend.identity.auth;

/** A verifier refused a token; {@link #failure()} says why. */
public final class TokenRejectedException extends RuntimeException {
  private final AuthFailure failure;

  public TokenRejectedException(AuthFailure failure, String message) {
    super(message, null, false, false);
    this.failure = failure;
  }

  public AuthFailure failure() {
    return failure;
  }
}
