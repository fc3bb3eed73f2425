package io.fieldline.backend.notify.content;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Localised title/body templates of visible notifications ({@code
 * notify/templates_<lang>.properties}). Each line may list alternatives separated by {@code ||};
 * the first whose fields are all present wins. Timestamps (ISO-8601 with offset) are shown in the
 * recipient's zone and locale. Event types without a template get no visible notification.
 */
@ApplicationScoped
public class Templates {
  /** Languages with templates; any other falls back to the first. */
  public static final List<String> LANGUAGES = List.of("en", "de");

  /** Event types some producers use for a templated type. */
  static final Map<String, String> ALIASES = Map.of("WORK_ORDER_SLA_AT_RISK", "SLA_AT_RISK");

  static final int MAX_TITLE = 80;
  static final int MAX_BODY = 240;
  private static final Pattern FIELD = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

  private final Map<String, Properties> bundles;

  public Templates() {
    bundles = LANGUAGES.stream().collect(Collectors.toMap(l -> l, Templates::load));
  }

  /** True when {@code eventType} gets a visible notification. */
  public boolean hasTemplate(String eventType) {
    return bundles.get(LANGUAGES.get(0)).containsKey(canonical(eventType) + ".title");
  }

  /** True when notices can be written in {@code locale}'s language. */
  public static boolean supports(Locale locale) {
    return LANGUAGES.contains(locale.getLanguage());
  }

  /** The notice for {@code eventType} in {@code locale}, or empty when the type has no template. */
  public Optional<Notice> render(
      String eventType, Locale locale, ZoneId zone, Map<String, String> fields) {
    if (!hasTemplate(eventType)) {
      return Optional.empty();
    }
    Properties bundle = bundles.getOrDefault(locale.getLanguage(), bundles.get(LANGUAGES.get(0)));
    DateTimeFormatter times =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(zone);
    String type = canonical(eventType);
    String title = fill(bundle.getProperty(type + ".title"), fields, times);
    String body = fill(bundle.getProperty(type + ".body"), fields, times);
    return Optional.of(new Notice(clip(title, MAX_TITLE), clip(body, MAX_BODY)));
  }

  private static String canonical(String eventType) {
    return ALIASES.getOrDefault(eventType, eventType);
  }

  private static String fill(String template, Map<String, String> fields, DateTimeFormatter times) {
    String[] alternatives = template.split("\\|\\|");
    for (String alternative : alternatives) {
      Matcher m = FIELD.matcher(alternative.strip());
      StringBuilder out = new StringBuilder();
      boolean complete = true;
      while (m.find()) {
        String value = fields.get(m.group(1));
        if (value == null || value.isBlank()) {
          complete = false;
          break;
        }
        m.appendReplacement(out, Matcher.quoteReplacement(display(value.strip(), times)));
      }
      if (complete) {
        m.appendTail(out);
        return out.toString();
      }
    }
    return alternatives[alternatives.length - 1].strip();
  }

  private static String display(String value, DateTimeFormatter times) {
    if (value.length() >= 20 && value.charAt(4) == '-' && value.charAt(10) == 'T') {
      try {
        return times.format(OffsetDateTime.parse(value));
      } catch (DateTimeParseException e) {
        return value;
      }
    }
    return value;
  }

  private static String clip(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
  }

  private static Properties load(String language) {
    String path = "/notify/templates_" + language + ".properties";
    try (InputStream in = Templates.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing notification templates " + path);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
