package io.fieldline.backend.sales.quotes;

import io.fieldline.backend.notify.DomainEvent;
import io.fieldline.backend.notify.DomainEvents;
import io.fieldline.backend.notify.NotificationPayload;
import io.fieldline.backend.sales.db.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Moves quotes between states, each move guarded by the state machine ({@link QuoteStatus}) and a
 * conditional update, and appends the domain event {@code QUOTE_<STATUS>} in the same transaction.
 * An approval decision or a customer's rejection notifies the quote's owner ({@code notifyUserIds},
 * {@code syncUserIds}, with the account's name for the notice).
 */
@ApplicationScoped
public class QuoteEvents {
  /** Decisions the quote's owner is told about (visible notice, and a sync of their devices). */
  static final Set<String> NOTIFY_OWNER = Set.of("QUOTE_APPROVED", "QUOTE_REJECTED");

  private final DomainEvents events;

  public QuoteEvents(DomainEvents events) {
    this.events = events;
  }

  /** Moves {@code quote} to {@code next}; {@code reason} is kept as the decision reason. */
  public Uni<Void> move(
      SqlConnection c, QuoteView quote, QuoteStatus next, UUID actor, Map<String, Object> extra) {
    if (!quote.status().canMoveTo(next)) {
      throw QuoteService.invalidState(quote, "cannot become " + next);
    }
    Object reason = extra.get("reason");
    return Sql.exec(
            c,
            "update quote set status = $2, decision_reason = coalesce($4, decision_reason),"
                + " version = version + 1, updated_at = now() where id = $1 and status = $3",
            quote.id(),
            next.name(),
            quote.status().name(),
            reason == null ? null : reason.toString())
        .chain(
            rows -> {
              if (rows.rowCount() == 0) {
                throw QuoteService.invalidState(quote, "changed meanwhile");
              }
              return append(c, quote, "QUOTE_" + next.name(), quote.status(), next, actor, extra);
            });
  }

  /** Appends an event about {@code quote} without changing its state. */
  public Uni<Void> append(
      SqlConnection c,
      QuoteView quote,
      String type,
      QuoteStatus from,
      QuoteStatus to,
      UUID actor,
      Map<String, Object> extra) {
    Map<String, Object> payload = new HashMap<>(extra);
    payload.put("number", quote.number());
    payload.put("revision", quote.revision());
    payload.put("accountId", quote.accountId().toString());
    payload.put("ownerUserId", quote.ownerUserId().toString());
    payload.put("territoryId", quote.territoryId().toString());
    payload.put("grandTotal", quote.totals().grandTotal().toPlainString());
    payload.put("currency", quote.currency());
    if (from != null) {
      payload.put("from", from.name());
    }
    payload.put("to", to.name());
    if (!NOTIFY_OWNER.contains(type)) {
      return events.append(c, new DomainEvent("quote", quote.id(), type, payload, actor));
    }
    List<UUID> owner = List.of(quote.ownerUserId());
    payload.putAll(NotificationPayload.builder().notify(owner).sync(owner).build());
    return Sql.exec(c, "select name from account where id = $1", quote.accountId())
        .chain(
            rows -> {
              Sql.first(rows).ifPresent(r -> payload.put("accountName", r.getString("name")));
              return events.append(c, new DomainEvent("quote", quote.id(), type, payload, actor));
            });
  }
}
