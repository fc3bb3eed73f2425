package io.fieldline.backend.sales.activities;

import io.vertx.mutiny.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * One thing that happened with an account: an activity, an opportunity, a quote, an order or a
 * payment (deals only as far as the caller may see them).
 *
 * @param kind ACTIVITY, OPPORTUNITY, QUOTE, ORDER or PAYMENT
 * @param recordId the record
 * @param at when
 * @param title one line for people
 * @param detail more, if any
 */
@Type("TimelineEntry")
public record TimelineEntry(
    @NonNull String kind,
    @Id @NonNull UUID recordId,
    @NonNull OffsetDateTime at,
    @NonNull String title,
    String detail) {

  static TimelineEntry of(Row r) {
    return new TimelineEntry(
        r.getString("kind"),
        r.getUUID("id"),
        r.getOffsetDateTime("at"),
        r.getString("title"),
        r.getString("detail"));
  }
}
