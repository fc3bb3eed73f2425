package io.fieldline.backend.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Push-notification configuration ({@code fieldline.notify.*}); every key with its reason is in
 * backend/docs/notifications.md. The dispatcher also needs {@code fieldline.firebase.enabled}.
 */
@ConfigMapping(prefix = "fieldline.notify")
public interface NotifySettings {

  /** Run the notification dispatcher in this instance. */
  @WithDefault("true")
  boolean enabled();

  /** How often every tenant's outbox and due deliveries are swept (wake() is immediate). */
  @WithDefault("PT2S")
  Duration pollInterval();

  /** Events planned per tenant transaction. */
  @WithDefault("200")
  int planBatch();

  /** Deliveries claimed and handed to one sendEach call (FCM allows at most 500). */
  @WithDefault("500")
  int sendBatch();

  /** How long a claimed delivery stays reserved for the instance sending it. */
  @WithDefault("PT2M")
  Duration lease();

  /** Longest wait for one sendEach batch before its messages are retried later. */
  @WithDefault("PT60S")
  Duration sendTimeout();

  /** Attempts per delivery before it is recorded as FAILED. */
  @WithDefault("10")
  int maxAttempts();

  /** First back-off after QUOTA_EXCEEDED; doubles per attempt, with jitter. */
  @WithDefault("PT1M")
  Duration quotaBackoff();

  /** First back-off after a 5xx / UNAVAILABLE / INTERNAL answer; doubles per attempt. */
  @WithDefault("PT10S")
  Duration serverBackoff();

  /** Longest back-off between two attempts. */
  @WithDefault("PT1H")
  Duration maxBackoff();

  /** Finished deliveries (SENT, FAILED, DROPPED) are deleted after this long. */
  @WithDefault("P30D")
  Duration retention();

  /** Locale of users without preferences. */
  @WithDefault("en")
  String defaultLocale();

  /** Time zone of users without preferences (quiet hours and times in notices). */
  @WithDefault("UTC")
  String defaultTimeZone();
}
