package io.fieldline.backend.sales.quotes;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.sales.SalesScope;
import io.fieldline.backend.sales.approvals.ApprovalFacts;
import io.fieldline.backend.sales.approvals.ApprovalService;
import io.fieldline.backend.sales.approvals.ApprovalView;
import io.fieldline.backend.sales.approvals.RecordType;
import io.fieldline.backend.sales.db.Numbers;
import io.fieldline.backend.sales.db.Sql;
import io.fieldline.backend.sales.graphql.Inputs;
import io.fieldline.backend.sales.pricing.ExcessView;
import io.fieldline.contract.pricing.Rounding;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The quote life cycle: create, edit (drafts only), submit, send, accept or decline, expire. */
@ApplicationScoped
public class QuoteService {
  private final QuoteStore store;
  private final QuoteDrafts drafts;
  private final QuoteEvents events;
  private final ApprovalService approvals;

  public QuoteService(
      QuoteStore store, QuoteDrafts drafts, QuoteEvents events, ApprovalService approvals) {
    this.store = store;
    this.drafts = drafts;
    this.events = events;
    this.approvals = approvals;
  }

  /** Creates a DRAFT quote with a new number, priced by the server. */
  public Uni<QuoteView> create(SqlConnection c, SalesScope scope, QuoteInput in) {
    return drafts
        .fromInput(c, scope, in, scope.userId())
        .chain(
            draft ->
                Numbers.next(c, "QUOTE", "Q")
                    .chain(number -> store.insert(c, draft, number, 1, null)))
        .chain(id -> store.find(c, scope, id, false))
        .call(
            q ->
                events.append(
                    c, q, "QUOTE_CREATED", null, QuoteStatus.DRAFT, scope.userId(), flags(q)));
  }

  /** Replaces a DRAFT's content; any later quote is revised, not edited (INVALID_STATE). */
  public Uni<QuoteView> update(
      SqlConnection c, SalesScope scope, UUID id, Long expectedVersion, QuoteInput in) {
    return store
        .find(c, scope, id, true)
        .chain(
            quote -> {
              if (quote.status() != QuoteStatus.DRAFT) {
                throw invalidState(quote, "is not a draft: revise it instead of editing");
              }
              if (!quote.accountId().toString().equalsIgnoreCase(in.accountId())) {
                throw ApiException.invalid("accountId", "A quote's account cannot change");
              }
              return drafts
                  .fromInput(c, scope, in, quote.ownerUserId())
                  .chain(draft -> store.replaceDraft(c, id, expectedVersion, draft))
                  .chain(() -> store.find(c, scope, id, false))
                  .call(
                      q ->
                          events.append(
                              c,
                              q,
                              "QUOTE_UPDATED",
                              QuoteStatus.DRAFT,
                              QuoteStatus.DRAFT,
                              scope.userId(),
                              flags(q)));
            });
  }

  /** Submits a DRAFT: approved at once within the envelope and rules, else PENDING_APPROVAL. */
  public Uni<QuoteView> submit(SqlConnection c, SalesScope scope, UUID id) {
    return store
        .find(c, scope, id, true)
        .chain(
            quote -> {
              if (quote.status() != QuoteStatus.DRAFT) {
                throw invalidState(quote, "was submitted already");
              }
              if (quote.validUntil().isBefore(LocalDate.now())) {
                throw ApiException.invalid("validUntil", "The quote's validity has passed");
              }
              return Sql.exec(c, "select count(*) from quote_line where quote_id = $1", id)
                  .chain(
                      rows -> {
                        if (rows.iterator().next().getLong(0) == 0) {
                          throw ApiException.invalid("lines", "A quote needs at least one line");
                        }
                        return approvals.open(c, facts(quote));
                      })
                  .chain(approval -> afterSubmit(c, scope, quote, approval));
            })
        .chain(() -> store.find(c, scope, id, false));
  }

  private Uni<Void> afterSubmit(
      SqlConnection c, SalesScope scope, QuoteView quote, ApprovalView approval) {
    if (approval.status() == ApprovalView.ApprovalStatus.APPROVED) {
      return events.move(
          c, quote, QuoteStatus.APPROVED, scope.userId(), Map.of("autoApproved", true));
    }
    return events.move(
        c,
        quote,
        QuoteStatus.PENDING_APPROVAL,
        scope.userId(),
        Map.of("approvalId", approval.id().toString()));
  }

  /** APPROVED -> SENT, while still valid. */
  public Uni<QuoteView> send(SqlConnection c, SalesScope scope, UUID id) {
    return store
        .find(c, scope, id, true)
        .chain(
            quote ->
                requireCurrent(quote)
                    .chain(() -> events.move(c, quote, QuoteStatus.SENT, scope.userId(), Map.of())))
        .chain(() -> store.find(c, scope, id, false));
  }

  /** SENT -> ACCEPTED by the customer, while still valid. */
  public Uni<QuoteView> accept(SqlConnection c, SalesScope scope, UUID id) {
    return store
        .find(c, scope, id, true)
        .chain(
            quote ->
                requireCurrent(quote)
                    .chain(
                        () ->
                            events.move(c, quote, QuoteStatus.ACCEPTED, scope.userId(), Map.of())))
        .chain(() -> store.find(c, scope, id, false));
  }

  /** SENT -> REJECTED by the customer, with the reason. */
  public Uni<QuoteView> decline(SqlConnection c, SalesScope scope, UUID id, String reason) {
    String why = Inputs.text("reason", reason, 2000);
    return store
        .find(c, scope, id, true)
        .chain(
            quote -> {
              if (quote.status() != QuoteStatus.SENT) {
                throw invalidState(quote, "was not sent to the customer");
              }
              return events.move(
                  c,
                  quote,
                  QuoteStatus.REJECTED,
                  scope.userId(),
                  Map.of("reason", why, "by", "CUSTOMER"));
            })
        .chain(() -> store.find(c, scope, id, false));
  }

  /** Moves every visible APPROVED or SENT quote past its validity to EXPIRED; answers how many. */
  public Uni<Integer> expireDue(SqlConnection c, SalesScope scope) {
    Sql sql = new Sql();
    return sql.run(
            c,
            "select q.id from quote q where q.status in ('APPROVED', 'SENT') and q.valid_until < "
                + sql.bind(LocalDate.now())
                + " and "
                + scope.deals("q", sql)
                + " order by q.id for update")
        .chain(
            rows -> {
              Uni<Integer> chain = Uni.createFrom().item(0);
              for (var row : rows) {
                UUID id = row.getUUID("id");
                chain =
                    chain.chain(
                        n ->
                            store
                                .get(c, id)
                                .chain(
                                    q ->
                                        events.move(
                                            c, q, QuoteStatus.EXPIRED, scope.userId(), Map.of()))
                                .replaceWith(n + 1));
              }
              return chain;
            });
  }

  private Uni<Void> requireCurrent(QuoteView quote) {
    if (quote.superseded()) {
      throw invalidState(quote, "was replaced by a newer revision");
    }
    if (quote.validUntil().isBefore(LocalDate.now())) {
      throw invalidState(quote, "has expired (valid until " + quote.validUntil() + ")");
    }
    return Uni.createFrom().voidItem();
  }

  static ApprovalFacts facts(QuoteView q) {
    String detail =
        q.envelopeExceeded().stream().map(QuoteService::describe).collect(Collectors.joining("; "));
    return new ApprovalFacts(
        RecordType.QUOTE,
        q.id(),
        q.territoryId(),
        q.ownerUserId(),
        !q.envelopeExceeded().isEmpty(),
        detail,
        Rounding.percentOf(q.totals().discountTotal(), q.totals().listTotal()),
        q.totals().grandTotal(),
        q.currency());
  }

  private static String describe(ExcessView e) {
    return e.limit()
        + (e.line() == null ? "" : " on line " + (e.line() + 1))
        + " "
        + e.actual().stripTrailingZeros().toPlainString()
        + " % > "
        + e.allowed().stripTrailingZeros().toPlainString()
        + " %";
  }

  private static Map<String, Object> flags(QuoteView q) {
    return Map.of("totalsCorrected", q.totalsCorrected(), "verdict", q.verdict());
  }

  static ApiException invalidState(QuoteView quote, String why) {
    return new ApiException(
        ErrorCode.INVALID_STATE,
        "Quote "
            + quote.number()
            + " rev "
            + quote.revision()
            + " is "
            + quote.status()
            + ": "
            + why);
  }
}
