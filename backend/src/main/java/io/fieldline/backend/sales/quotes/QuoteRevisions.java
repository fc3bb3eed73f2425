package io.fieldline.backend.sales.quotes;

import io.fieldline.backend.sales.SalesScope;
import io.fieldline.backend.sales.db.Sql;
import io.fieldline.backend.sales.pricing.LineInput;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Revises a quote that can no longer be edited (approved, sent, rejected or expired): a new DRAFT
 * with the same number and the next revision, the same lines priced again today; the old revision
 * is marked superseded and can no longer be sent or accepted.
 */
@ApplicationScoped
public class QuoteRevisions {
  private final QuoteStore store;
  private final QuoteDrafts drafts;
  private final QuoteEvents events;

  public QuoteRevisions(QuoteStore store, QuoteDrafts drafts, QuoteEvents events) {
    this.store = store;
    this.drafts = drafts;
    this.events = events;
  }

  /** Makes the next revision of {@code id}; answers the new DRAFT. */
  public Uni<QuoteView> revise(SqlConnection c, SalesScope scope, UUID id) {
    return store
        .find(c, scope, id, true)
        .chain(
            old -> {
              if (old.superseded()) {
                throw QuoteService.invalidState(old, "was revised already");
              }
              if (!old.status().revisable()) {
                throw QuoteService.invalidState(
                    old, old.status() == QuoteStatus.ACCEPTED ? "was accepted" : "can be edited");
              }
              return store
                  .lines(c, id, old.currency())
                  .chain(lines -> next(c, old, lines))
                  .call(
                      q ->
                          events.append(
                              c,
                              old,
                              "QUOTE_REVISED",
                              old.status(),
                              old.status(),
                              scope.userId(),
                              Map.of("newRevisionId", q.toString())))
                  .chain(newId -> store.find(c, scope, newId, false))
                  .call(
                      q ->
                          events.append(
                              c,
                              q,
                              "QUOTE_CREATED",
                              null,
                              QuoteStatus.DRAFT,
                              scope.userId(),
                              Map.of("previousRevisionId", old.id().toString())));
            });
  }

  private Uni<UUID> next(SqlConnection c, QuoteView old, List<QuoteLineView> lines) {
    List<LineInput> inputs =
        lines.stream()
            .map(
                l ->
                    new LineInput(
                        l.productId().toString(),
                        l.quantity(),
                        l.discountPercent(),
                        l.unitPriceOverride()))
            .toList();
    LocalDate today = LocalDate.now();
    long validity = ChronoUnit.DAYS.between(old.pricingDate(), old.validUntil());
    return drafts
        .price(
            c,
            old.accountId(),
            old.ownerUserId(),
            old.currency(),
            today,
            old.quoteDiscountPercent(),
            inputs,
            null)
        .chain(
            priced ->
                store.insert(
                    c,
                    new QuoteDraft(
                        old.accountId(),
                        old.opportunityId(),
                        old.contactId(),
                        old.ownerUserId(),
                        old.territoryId(),
                        old.currency(),
                        today,
                        today.plusDays(validity),
                        old.quoteDiscountPercent(),
                        old.notes(),
                        inputs,
                        priced),
                    old.number(),
                    old.revision() + 1,
                    old.id()))
        .call(
            newId ->
                Sql.exec(
                    c,
                    "update quote set superseded = true, version = version + 1, updated_at = now()"
                        + " where id = $1",
                    old.id()));
  }
}
