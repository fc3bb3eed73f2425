package io.fieldline.backend.identity.firebase;

import com.google.firebase.auth.AuthErrorCode;
import com.google.firebase.auth.FirebaseAuthException;
import com.google.firebase.auth.FirebaseToken;
import io.fieldline.backend.identity.auth.AuthFailure;
import io.fieldline.backend.identity.auth.TokenRejectedException;
import io.fieldline.backend.identity.auth.TokenVerifier;
import io.fieldline.backend.identity.auth.VerifiedToken;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Firebase ID tokens: signature, audience, issuer and expiry checked by the Admin SDK (and
 * revocation, when configured), then the uid mapped to a Fieldline user through its identity link.
 */
@ApplicationScoped
public class FirebaseTokenVerifier implements TokenVerifier {
  private static final Logger LOG = Logger.getLogger(FirebaseTokenVerifier.class);

  private final FirebaseClient firebase;
  private final FirebaseSettings settings;
  private final IdentityLinks links;

  public FirebaseTokenVerifier(
      FirebaseClient firebase, FirebaseSettings settings, IdentityLinks links) {
    this.firebase = firebase;
    this.settings = settings;
    this.links = links;
  }

  /** A JWT (a JSON header, three dot-separated parts) when Firebase sign-in is enabled. */
  @Override
  public boolean accepts(String token) {
    return firebase.enabled()
        && token.startsWith("eyJ")
        && token.chars().filter(ch -> ch == '.').count() == 2;
  }

  @Override
  public Uni<VerifiedToken> verify(String token) {
    return verifyWithSdk(token)
        .chain(
            decoded ->
                links
                    .findFirebase(decoded.getUid())
                    .map(
                        link ->
                            link.orElseThrow(
                                () ->
                                    new TokenRejectedException(
                                        AuthFailure.UNKNOWN_USER,
                                        "no Fieldline user is linked to this Firebase account"))));
  }

  /**
   * Verifies on a worker thread with the SDK's blocking call: the SDK's own executor is shared with
   * FCM sends, and waiting on its callbacks hung sign-ins under load in tests.
   */
  private Uni<FirebaseToken> verifyWithSdk(String token) {
    return Uni.createFrom()
        .item(
            () -> {
              try {
                return firebase.auth().verifyIdToken(token, settings.checkRevoked());
              } catch (FirebaseAuthException e) {
                throw rejection(e);
              } catch (IllegalArgumentException e) {
                throw new TokenRejectedException(AuthFailure.MALFORMED, "token is malformed");
              }
            })
        .runSubscriptionOn(io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool());
  }

  static TokenRejectedException rejection(Throwable failure) {
    Throwable cause =
        failure.getCause() != null && !(failure instanceof FirebaseAuthException)
            ? failure.getCause()
            : failure;
    if (!(cause instanceof FirebaseAuthException auth)) {
      LOG.warnf("Firebase token verification failed: %s", failure.toString());
      return new TokenRejectedException(AuthFailure.NOT_ACCEPTED, "token could not be verified");
    }
    AuthErrorCode code = auth.getAuthErrorCode();
    if (code == AuthErrorCode.EXPIRED_ID_TOKEN) {
      return new TokenRejectedException(AuthFailure.EXPIRED, "token has expired");
    }
    if (code == AuthErrorCode.REVOKED_ID_TOKEN || code == AuthErrorCode.USER_DISABLED) {
      return new TokenRejectedException(AuthFailure.NOT_ACCEPTED, "token was revoked");
    }
    if (code == AuthErrorCode.CERTIFICATE_FETCH_FAILED) {
      LOG.warnf("Cannot fetch Google's token certificates: %s", auth.getMessage());
      return new TokenRejectedException(
          AuthFailure.UNAVAILABLE, "token keys cannot be fetched right now");
    }
    return new TokenRejectedException(AuthFailure.NOT_ACCEPTED, "token is not valid");
  }
}
