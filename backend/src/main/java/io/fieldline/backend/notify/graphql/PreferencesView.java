package io.fieldline.backend.notify.graphql;

import io.fieldline.backend.notify.preferences.NotificationPreferences;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The caller's notification preferences as the API shows them (times as HH:mm). */
@Type("NotificationPreferences")
public record PreferencesView(
    @NonNull @Description("BCP 47 language tag of notices, e.g. en or de-AT") String locale,
    @NonNull @Description("IANA time zone, e.g. Europe/Berlin") String timeZone,
    @Description("Start of the daily quiet period (HH:mm), or null") String quietStart,
    @Description("End of the daily quiet period (HH:mm, exclusive), or null") String quietEnd) {

  static PreferencesView of(NotificationPreferences p) {
    return new PreferencesView(
        p.locale().toLanguageTag(),
        p.timeZone().getId(),
        p.quietHours() == null ? null : p.quietHours().start().toString(),
        p.quietHours() == null ? null : p.quietHours().end().toString());
  }
}
