package io.fieldline.backend.notify.preferences;

import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.notify.NotifySettings;
import io.fieldline.backend.tenancy.TenantTx;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

/** Reads and writes a user's notification preferences; users without a row get the defaults. */
@ApplicationScoped
public class Preferences {
  private final Pool pool;
  private final NotifySettings settings;

  public Preferences(Pool pool, NotifySettings settings) {
    this.pool = pool;
    this.settings = settings;
  }

  /** The defaults of users who never set preferences. */
  public NotificationPreferences defaults() {
    return new NotificationPreferences(
        Locale.forLanguageTag(settings.defaultLocale()),
        ZoneId.of(settings.defaultTimeZone()),
        null);
  }

  public Uni<NotificationPreferences> mine(FieldlinePrincipal caller) {
    return TenantTx.sql(
        pool,
        caller.tenantId(),
        c ->
            c.preparedQuery(
                    "select locale, time_zone, quiet_start, quiet_end from notification_preference"
                        + " where user_id = $1")
                .execute(Tuple.of(caller.userId()))
                .map(rows -> rows.size() == 0 ? defaults() : read(rows.iterator().next())));
  }

  public Uni<NotificationPreferences> save(FieldlinePrincipal caller, NotificationPreferences p) {
    LocalTime start = p.quietHours() == null ? null : p.quietHours().start();
    LocalTime end = p.quietHours() == null ? null : p.quietHours().end();
    return TenantTx.sql(
            pool,
            caller.tenantId(),
            c ->
                c.preparedQuery(
                        """
                        insert into notification_preference
                          (user_id, locale, time_zone, quiet_start, quiet_end)
                        values ($1, $2, $3, $4, $5)
                        on conflict (tenant_id, user_id) do update set locale = excluded.locale,
                          time_zone = excluded.time_zone, quiet_start = excluded.quiet_start,
                          quiet_end = excluded.quiet_end, updated_at = now()
                        """)
                    .execute(
                        Tuple.of(
                            caller.userId(),
                            p.locale().toLanguageTag(),
                            p.timeZone().getId(),
                            start,
                            end)))
        .replaceWith(p);
  }

  private NotificationPreferences read(Row row) {
    return of(
        row.getString("locale"),
        row.getString("time_zone"),
        row.getLocalTime("quiet_start"),
        row.getLocalTime("quiet_end"));
  }

  /**
   * Preferences from stored values, lenient: an unknown zone falls back to the default zone, and
   * half-set quiet hours count as none.
   */
  public NotificationPreferences of(String locale, String zone, LocalTime start, LocalTime end) {
    NotificationPreferences fallback = defaults();
    ZoneId timeZone;
    try {
      timeZone = zone == null ? fallback.timeZone() : ZoneId.of(zone);
    } catch (java.time.DateTimeException e) {
      timeZone = fallback.timeZone();
    }
    QuietHours quiet =
        start != null && end != null && !start.equals(end) ? new QuietHours(start, end) : null;
    return new NotificationPreferences(
        locale == null ? fallback.locale() : Locale.forLanguageTag(locale), timeZone, quiet);
  }
}
