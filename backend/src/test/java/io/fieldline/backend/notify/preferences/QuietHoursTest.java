package io.fieldline.backend.notify.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private final QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

  @Test
  void lateEveningWaitsUntilTomorrowMorning() {
    // 23:30 in Berlin (CET, UTC+1)
    assertThat(night.deferUntil(Instant.parse("2026-01-14T22:30:00Z"), BERLIN))
        .contains(Instant.parse("2026-01-15T06:00:00Z"));
  }

  @Test
  void earlyMorningWaitsUntilSevenTheSameDay() {
    assertThat(night.deferUntil(Instant.parse("2026-01-15T04:00:00Z"), BERLIN))
        .contains(Instant.parse("2026-01-15T06:00:00Z"));
  }

  @Test
  void outsideTheWindowNothingWaits() {
    assertThat(night.deferUntil(Instant.parse("2026-01-15T06:00:00Z"), BERLIN)).isEmpty();
    assertThat(night.deferUntil(Instant.parse("2026-01-15T20:59:59Z"), BERLIN)).isEmpty();
  }

  @Test
  void startIsInsideEndIsOutside() {
    assertThat(night.deferUntil(Instant.parse("2026-01-15T21:00:00Z"), BERLIN)).isPresent();
  }

  @Test
  void aDaytimeWindowDoesNotWrap() {
    QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));
    assertThat(lunch.deferUntil(Instant.parse("2026-06-01T10:30:00Z"), BERLIN))
        .contains(Instant.parse("2026-06-01T11:00:00Z"));
    assertThat(lunch.deferUntil(Instant.parse("2026-06-01T12:30:00Z"), BERLIN)).isEmpty();
  }

  @Test
  void theEndIsLocalTimeAcrossADaylightSavingChange() {
    // night of 28/29 March 2026: clocks go from +1 to +2; 07:00 local is 05:00 UTC
    assertThat(night.deferUntil(Instant.parse("2026-03-28T22:00:00Z"), BERLIN))
        .contains(Instant.parse("2026-03-29T05:00:00Z"));
  }

  @Test
  void anEmptyWindowIsRefused() {
    assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
