package io.fieldline.sync.wire;

import io.fieldline.sync.error.SyncErrorCode;
import io.fieldline.sync.model.Checks;
import java.util.List;

/**
 * A request refused as a whole: nothing was applied and no sequence advanced. The JSON envelope of
 * refusals is the same in every protocol version so that any client can read it.
 */
public sealed interface Refusal extends PushResponse, PullResponse {

  /** The stable error code of this refusal. */
  SyncErrorCode code();

  /** A human-readable explanation; never a class name or stack trace. */
  String message();

  /** The request's version is not served; {@code supported} lists what is (R1). */
  record UnsupportedVersion(int requested, List<Integer> supported, String message)
      implements Refusal {
    public UnsupportedVersion {
      supported = List.copyOf(supported);
      if (supported.isEmpty()) {
        throw new IllegalArgumentException("supported must not be empty");
      }
      Checks.text(message, "message", 2000);
    }

    @Override
    public SyncErrorCode code() {
      return SyncErrorCode.UNSUPPORTED_PROTOCOL_VERSION;
    }
  }

  /** The batch exceeds a limit; the client splits it (R14). */
  record BatchTooLarge(int maxMutations, long maxBytes, String message) implements Refusal {
    public BatchTooLarge {
      Checks.atLeast(maxMutations, 1, "maxMutations");
      Checks.atLeast(maxBytes, 1, "maxBytes");
      Checks.text(message, "message", 2000);
    }

    @Override
    public SyncErrorCode code() {
      return SyncErrorCode.BATCH_TOO_LARGE;
    }
  }

  /** The device is not registered to the caller (R3). */
  record UnauthorizedDevice(String message) implements Refusal {
    public UnauthorizedDevice {
      Checks.text(message, "message", 2000);
    }

    @Override
    public SyncErrorCode code() {
      return SyncErrorCode.UNAUTHORIZED_DEVICE;
    }
  }

  /** The body is unparseable or structurally wrong; the message names path and value (R2). */
  record InvalidRequest(String message) implements Refusal {
    public InvalidRequest {
      Checks.text(message, "message", 2000);
    }

    @Override
    public SyncErrorCode code() {
      return SyncErrorCode.INVALID_REQUEST;
    }
  }

  /** A temporary failure before anything was processed; retry after the hint (R12). */
  record Retryable(long retryAfterMillis, String message) implements Refusal {
    public Retryable {
      Checks.atLeast(retryAfterMillis, 0, "retryAfterMillis");
      Checks.text(message, "message", 2000);
    }

    @Override
    public SyncErrorCode code() {
      return SyncErrorCode.RETRYABLE;
    }
  }
}
