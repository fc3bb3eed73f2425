package io.fieldline.backend.notify.graphql;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.notify.DomainEvents;
import io.fieldline.backend.support.Gql;
import io.fieldline.backend.support.notify.NotifyFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The caller reads and replaces their own notification preferences; bad input changes nothing. */
@QuarkusTest
class NotificationPreferencesApiTest {
  @Inject Pool pool;
  @Inject DomainEvents events;
  @Inject DevTokenVerifier tokens;

  private NotifyFixtures fx;
  private String bearer;

  @BeforeEach
  void freshUser() {
    fx = new NotifyFixtures(pool, events, tokens);
    bearer = fx.bearer(fx.newUser("Prefs"));
  }

  private static Map<String, Object> input(
      String locale, String zone, String quietStart, String quietEnd) {
    Map<String, Object> input = new HashMap<>();
    input.put("locale", locale);
    input.put("timeZone", zone);
    input.put("quietStart", quietStart);
    input.put("quietEnd", quietEnd);
    return Map.of("input", input);
  }

  private static Map<String, Object> valid() {
    return input("de-AT", "Europe/Vienna", "22:00", "06:30");
  }

  @Test
  void defaultsUntilSavedThenTheSavedValues() {
    Gql.post(bearer, "notify/my-preferences")
        .body("errors", nullValue())
        .body("data.myNotificationPreferences.locale", equalTo("en"))
        .body("data.myNotificationPreferences.timeZone", equalTo("UTC"))
        .body("data.myNotificationPreferences.quietStart", nullValue());

    Gql.post(bearer, "notify/update-preferences", valid())
        .body("errors", nullValue())
        .body("data.updateMyNotificationPreferences.locale", equalTo("de-AT"));
    Gql.post(bearer, "notify/my-preferences")
        .body("data.myNotificationPreferences.locale", equalTo("de-AT"))
        .body("data.myNotificationPreferences.timeZone", equalTo("Europe/Vienna"))
        .body("data.myNotificationPreferences.quietStart", equalTo("22:00"))
        .body("data.myNotificationPreferences.quietEnd", equalTo("06:30"));

    Gql.post(bearer, "notify/update-preferences", input("en", "UTC", null, null))
        .body("data.updateMyNotificationPreferences.quietEnd", nullValue());
    Gql.post(bearer, "notify/my-preferences")
        .body("data.myNotificationPreferences.quietStart", nullValue());
  }

  @Test
  void eachUserSeesOnlyTheirOwn() {
    Gql.post(bearer, "notify/update-preferences", valid()).body("errors", nullValue());
    Gql.post(fx.bearer(fx.newUser("Other")), "notify/my-preferences")
        .body("data.myNotificationPreferences.locale", equalTo("en"));
  }

  @Test
  void anUnsupportedLanguageIsRefused() {
    refused(input("fr", "Europe/Paris", null, null), "locale");
  }

  @Test
  void aMalformedLocaleIsRefused() {
    refused(input("EN_us", "UTC", null, null), "locale");
  }

  @Test
  void anUnknownTimeZoneIsRefused() {
    refused(input("en", "Mars/Olympus_Mons", null, null), "timeZone");
  }

  @Test
  void halfSetQuietHoursAreRefused() {
    refused(input("en", "UTC", "22:00", null), "quietEnd");
  }

  @Test
  void aMalformedTimeIsRefused() {
    refused(input("en", "UTC", "22:00", "7am"), "quietEnd");
  }

  @Test
  void anEmptyQuietPeriodIsRefused() {
    refused(input("en", "UTC", "22:00", "22:00"), "quietEnd");
  }

  @Test
  void signingInIsRequired() {
    Gql.post(null, "notify/my-preferences")
        .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
  }

  /** Starts from a saved valid baseline; the broken update fails and leaves it unchanged. */
  private void refused(Map<String, Object> broken, String field) {
    Gql.post(bearer, "notify/update-preferences", valid()).body("errors", nullValue());
    Gql.post(bearer, "notify/update-preferences", broken)
        .body("data", nullValue())
        .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].extensions.field", equalTo(field));
    Gql.post(bearer, "notify/my-preferences")
        .body("data.myNotificationPreferences.locale", equalTo("de-AT"))
        .body("data.myNotificationPreferences.quietStart", equalTo("22:00"));
  }
}
