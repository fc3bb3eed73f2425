package io.fieldline.sync.engine;

/** Where security events go (the backend's audit log). */
@FunctionalInterface
public interface SecurityEventSink {

  /** Logs events as warnings on the platform logger {@code io.fieldline.sync.security}. */
  SecurityEventSink LOG =
      event ->
          System.getLogger("io.fieldline.sync.security")
              .log(
                  System.Logger.Level.WARNING,
                  "refused device {0} for principal {1}: {2}",
                  event.deviceId(),
                  event.principalId(),
                  event.reason());

  /** Records one event. */
  void record(SecurityEvent event);
}
