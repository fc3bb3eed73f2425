package io.fieldline.backend.notify.preferences;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * How a user wants to be notified.
 *
 * @param locale language (and region) of notices and of times in them
 * @param timeZone the user's zone, for quiet hours and times in notices
 * @param quietHours when non-urgent notices wait, or null for never
 */
public record NotificationPreferences(Locale locale, ZoneId timeZone, QuietHours quietHours) {
  public NotificationPreferences {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(timeZone, "timeZone");
  }
}
