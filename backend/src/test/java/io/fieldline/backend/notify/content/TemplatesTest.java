package io.fieldline.backend.notify.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TemplatesTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private final Templates templates = new Templates();

  private Notice render(String type, String locale, Map<String, String> fields) {
    return templates.render(type, Locale.forLanguageTag(locale), BERLIN, fields).orElseThrow();
  }

  @Test
  void englishAndGermanWithTimesInTheUsersZone() {
    Map<String, String> fields =
        Map.of("customerName", "Bäckerei Müller", "scheduledStart", "2026-03-03T08:00:00Z");
    assertThat(render("VISIT_ASSIGNED", "en", fields))
        .isEqualTo(new Notice("New visit assigned", "Bäckerei Müller, Mar 3, 2026, 9:00 AM"));
    assertThat(render("VISIT_ASSIGNED", "de", fields))
        .isEqualTo(new Notice("Neuer Einsatz zugewiesen", "Bäckerei Müller, 03.03.2026, 09:00"));
  }

  @Test
  void missingFieldsFallBackToTheNextAlternative() {
    assertThat(render("QUOTE_APPROVED", "en", Map.of("number", "Q-1042")).title())
        .isEqualTo("Quote Q-1042 approved");
    assertThat(render("QUOTE_APPROVED", "en", Map.of()))
        .isEqualTo(new Notice("Quote approved", "Your quote is ready to send to the customer"));
    assertThat(render("VISIT_RESCHEDULED", "de", Map.of("scheduledStart", "2026-03-03T08:00:00Z")))
        .extracting(Notice::body)
        .isEqualTo("Jetzt 03.03.2026, 09:00");
  }

  @Test
  void unsupportedLanguagesFallBackToEnglishButKeepTheirDateFormat() {
    Notice notice =
        render("VISIT_ASSIGNED", "fr", Map.of("scheduledStart", "2026-03-03T08:00:00Z"));
    assertThat(notice.title()).isEqualTo("New visit assigned");
    assertThat(notice.body()).startsWith("Starts 3 mars 2026").endsWith("09:00");
  }

  @Test
  void unknownEventTypesHaveNoNotice() {
    assertThat(templates.hasTemplate("ACCOUNT_MERGED")).isFalse();
    assertThat(templates.render("ACCOUNT_MERGED", Locale.ENGLISH, BERLIN, Map.of())).isEmpty();
  }

  @Test
  void theServiceFeaturesSlaEventNameIsAnAlias() {
    assertThat(render("WORK_ORDER_SLA_AT_RISK", "en", Map.of()).title()).isEqualTo("SLA at risk");
  }

  @Test
  void longValuesAreClipped() {
    Notice notice = render("QUOTE_REJECTED", "en", Map.of("reason", "x".repeat(1000)));
    assertThat(notice.body()).hasSize(Templates.MAX_BODY).endsWith("…");
  }

  @Test
  void everyLanguageHasEveryTemplateAndAFieldFreeLastAlternative() throws IOException {
    Properties english = load("en");
    for (String language : Templates.LANGUAGES) {
      Properties bundle = load(language);
      assertThat(bundle.stringPropertyNames())
          .as("keys of %s", language)
          .isEqualTo(english.stringPropertyNames());
      for (String key : bundle.stringPropertyNames()) {
        List<String> alternatives = List.of(bundle.getProperty(key).split("\\|\\|"));
        assertThat(alternatives.get(alternatives.size() - 1))
            .as("last alternative of %s in %s", key, language)
            .doesNotContain("{");
      }
    }
    for (String type :
        List.of(
            "VISIT_ASSIGNED",
            "VISIT_RESCHEDULED",
            "VISIT_CANCELLED",
            "QUOTE_APPROVED",
            "QUOTE_REJECTED",
            "APPROVAL_REQUESTED",
            "SLA_AT_RISK")) {
      assertThat(templates.hasTemplate(type)).as(type).isTrue();
    }
  }

  private static Properties load(String language) throws IOException {
    try (InputStream in =
        TemplatesTest.class.getResourceAsStream("/notify/templates_" + language + ".properties")) {
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }
}
