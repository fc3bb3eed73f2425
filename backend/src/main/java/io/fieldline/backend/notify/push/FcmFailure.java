package io.fieldline.backend.notify.push;

import com.google.firebase.ErrorCode;
import com.google.firebase.IncomingHttpResponse;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.MessagingErrorCode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How an FCM failure is handled, read from the FCM error code (the {@code FcmError} detail), else
 * the platform error code, else the HTTP status.
 *
 * @param kind what to do with the message
 * @param description the code and message, for the delivery log (no token, no credentials)
 * @param retryAfter the server's Retry-After, when it sent one
 */
record FcmFailure(Kind kind, String description, Optional<Duration> retryAfter) {

  /** The four ways a failed message is handled. */
  enum Kind {
    /** Delete the device token. */
    TOKEN_INVALID,
    /** Back off from the quota base (project-wide rate limit). */
    QUOTA,
    /** Back off from the server-error base. */
    SERVER,
    /** Never resend. */
    PERMANENT
  }

  static FcmFailure of(Throwable failure) {
    if (!(failure instanceof FirebaseMessagingException fme)) {
      String what = failure.getClass().getSimpleName();
      return new FcmFailure(Kind.SERVER, "send failed: " + what, Optional.empty());
    }
    String description = describe(fme);
    Optional<Duration> retryAfter = retryAfter(fme.getHttpResponse());
    MessagingErrorCode code = fme.getMessagingErrorCode();
    if (code != null) {
      return new FcmFailure(byMessagingCode(code), description, retryAfter);
    }
    return new FcmFailure(byPlatformCode(fme), description, retryAfter);
  }

  private static Kind byMessagingCode(MessagingErrorCode code) {
    return switch (code) {
      case UNREGISTERED, SENDER_ID_MISMATCH -> Kind.TOKEN_INVALID;
      case QUOTA_EXCEEDED -> Kind.QUOTA;
      case UNAVAILABLE, INTERNAL -> Kind.SERVER;
      case INVALID_ARGUMENT, THIRD_PARTY_AUTH_ERROR -> Kind.PERMANENT;
    };
  }

  private static Kind byPlatformCode(FirebaseMessagingException e) {
    ErrorCode code = e.getErrorCode();
    if (code == ErrorCode.RESOURCE_EXHAUSTED) {
      return Kind.QUOTA;
    }
    if (code == ErrorCode.UNAVAILABLE
        || code == ErrorCode.INTERNAL
        || code == ErrorCode.DEADLINE_EXCEEDED
        || code == ErrorCode.UNKNOWN
        || code == ErrorCode.UNAUTHENTICATED
        || code == ErrorCode.PERMISSION_DENIED) {
      // outages, and our own credentials: an operator can fix those, so the message waits
      return Kind.SERVER;
    }
    IncomingHttpResponse response = e.getHttpResponse();
    if (response != null && response.getStatusCode() >= 500) {
      return Kind.SERVER;
    }
    return Kind.PERMANENT;
  }

  private static String describe(FirebaseMessagingException e) {
    String code =
        e.getMessagingErrorCode() != null
            ? e.getMessagingErrorCode().name()
            : String.valueOf(e.getErrorCode());
    IncomingHttpResponse response = e.getHttpResponse();
    String status = response == null ? "" : " (HTTP " + response.getStatusCode() + ")";
    return code + status + ": " + e.getMessage();
  }

  /** Retry-After in seconds (FCM's form); an HTTP date or garbage is ignored. */
  static Optional<Duration> retryAfter(IncomingHttpResponse response) {
    if (response == null || response.getHeaders() == null) {
      return Optional.empty();
    }
    Object value = response.getHeaders().get("retry-after");
    if (value instanceof List<?> list) {
      value = list.isEmpty() ? null : list.get(0);
    }
    if (value == null) {
      return Optional.empty();
    }
    try {
      long seconds = Long.parseLong(value.toString().trim());
      return seconds > 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
