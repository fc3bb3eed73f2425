package io.fieldline.backend.notify.graphql;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.notify.content.Templates;
import io.fieldline.backend.notify.preferences.NotificationPreferences;
import io.fieldline.backend.notify.preferences.QuietHours;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * New preferences for the caller (all fields replace the stored ones). Quiet hours are given as
 * both {@code quietStart} and {@code quietEnd} (HH:mm, local time) or neither.
 */
@Input("NotificationPreferencesInput")
public class PreferencesInput {
  private static final Pattern LANGUAGE_TAG = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$");
  private static final Pattern TIME = Pattern.compile("^([01]\\d|2[0-3]):[0-5]\\d$");

  @NonNull public String locale;
  @NonNull public String timeZone;
  public String quietStart;
  public String quietEnd;

  /** The validated preferences; VALIDATION_FAILED naming the field otherwise. */
  NotificationPreferences parse() {
    return new NotificationPreferences(locale(), zone(), quietHours());
  }

  private Locale locale() {
    if (locale == null || !LANGUAGE_TAG.matcher(locale).matches()) {
      throw ApiException.invalid("locale", "locale must be a language tag such as en or de-AT");
    }
    Locale parsed = Locale.forLanguageTag(locale);
    if (!Templates.supports(parsed)) {
      throw ApiException.invalid(
          "locale", "Notifications are available in " + String.join(", ", Templates.LANGUAGES));
    }
    return parsed;
  }

  private ZoneId zone() {
    if (timeZone == null || timeZone.isBlank() || timeZone.length() > 64) {
      throw ApiException.invalid("timeZone", "timeZone must be an IANA zone such as Europe/Berlin");
    }
    try {
      return ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      throw ApiException.invalid("timeZone", "Unknown time zone '" + timeZone + "'");
    }
  }

  private QuietHours quietHours() {
    if (quietStart == null && quietEnd == null) {
      return null;
    }
    LocalTime start = time("quietStart", quietStart);
    LocalTime end = time("quietEnd", quietEnd);
    if (start.equals(end)) {
      throw ApiException.invalid(
          "quietEnd", "Quiet hours must end at another time than they start");
    }
    return new QuietHours(start, end);
  }

  private static LocalTime time(String field, String value) {
    if (value == null) {
      throw ApiException.invalid(field, "Give both quietStart and quietEnd, or neither");
    }
    if (!TIME.matcher(value).matches()) {
      throw ApiException.invalid(field, field + " must be a time HH:mm, got '" + value + "'");
    }
    return LocalTime.parse(value);
  }
}
