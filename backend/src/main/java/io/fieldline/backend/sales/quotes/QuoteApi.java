package io.fieldline.backend.sales.quotes;

import io.fieldline.backend.error.Ids;
import io.fieldline.backend.sales.SalesTx;
import io.fieldline.backend.sales.approvals.ApprovalReader;
import io.fieldline.backend.sales.approvals.ApprovalView;
import io.fieldline.backend.sales.approvals.RecordType;
import io.fieldline.backend.sales.graphql.SortDirection;
import io.fieldline.backend.sales.quotes.QuoteFilter.QuoteSort;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Quotes over GraphQL: list, read, and every step of their life cycle. */
@GraphQLApi
public class QuoteApi {
  private final SalesTx tx;
  private final QuoteStore store;
  private final QuoteService quotes;
  private final QuoteRevisions revisions;
  private final ApprovalReader approvals;

  public QuoteApi(
      SalesTx tx,
      QuoteStore store,
      QuoteService quotes,
      QuoteRevisions revisions,
      ApprovalReader approvals) {
    this.tx = tx;
    this.store = store;
    this.quotes = quotes;
    this.revisions = revisions;
    this.approvals = approvals;
  }

  @Query("quotes")
  @Description("The caller's quotes (reps: their own; managers: their territories'), paged.")
  public Uni<@NonNull QuoteConnection> quotes(
      @Name("filter") QuoteFilter filter,
      @Name("sort") QuoteSort sort,
      @Name("direction") SortDirection direction,
      @Name("first") Integer first,
      @Name("after") String after) {
    return tx.sales(
        (c, s) ->
            store
                .page(c, s, filter, sort, SortDirection.descending(direction, true), first, after)
                .map(QuoteConnection::of));
  }

  @Query("quote")
  @Description("One quote revision; NOT_FOUND if it is not the caller's deal.")
  public Uni<@NonNull QuoteView> quote(@Name("id") @Id @NonNull String id) {
    return tx.sales((c, s) -> store.find(c, s, Ids.parse("id", id), false));
  }

  public Uni<@NonNull List<@NonNull QuoteLineView>> lines(@Source QuoteView quote) {
    return tx.sales((c, s) -> store.lines(c, quote.id(), quote.currency()));
  }

  @Description("The latest approval of this revision with every step and decision, if submitted.")
  public Uni<ApprovalView> approval(@Source QuoteView quote) {
    return tx.sales((c, s) -> approvals.latest(c, RecordType.QUOTE, quote.id()));
  }

  @Mutation("createQuote")
  @Description("Creates a DRAFT quote; the server prices it and flags disagreeing client totals.")
  public Uni<@NonNull QuoteView> createQuote(@Name("input") @NonNull QuoteInput input) {
    return tx.sales((c, s) -> quotes.create(c, s, input));
  }

  @Mutation("updateQuote")
  @Description("Replaces a DRAFT's content; INVALID_STATE once submitted (revise it instead).")
  public Uni<@NonNull QuoteView> updateQuote(
      @Name("id") @Id @NonNull String id,
      @Name("expectedVersion") Integer expectedVersion,
      @Name("input") @NonNull QuoteInput input) {
    return tx.sales(
        (c, s) ->
            quotes.update(
                c,
                s,
                Ids.parse("id", id),
                expectedVersion == null ? null : expectedVersion.longValue(),
                input));
  }

  @Mutation("submitQuote")
  @Description("DRAFT -> APPROVED at once within the rep's envelope, else PENDING_APPROVAL.")
  public Uni<@NonNull QuoteView> submitQuote(@Name("id") @Id @NonNull String id) {
    return tx.sales((c, s) -> quotes.submit(c, s, Ids.parse("id", id)));
  }

  @Mutation("sendQuote")
  @Description("APPROVED -> SENT to the customer.")
  public Uni<@NonNull QuoteView> sendQuote(@Name("id") @Id @NonNull String id) {
    return tx.sales((c, s) -> quotes.send(c, s, Ids.parse("id", id)));
  }

  @Mutation("acceptQuote")
  @Description("SENT -> ACCEPTED: the customer agreed (then create the order).")
  public Uni<@NonNull QuoteView> acceptQuote(@Name("id") @Id @NonNull String id) {
    return tx.sales((c, s) -> quotes.accept(c, s, Ids.parse("id", id)));
  }

  @Mutation("declineQuote")
  @Description("SENT -> REJECTED: the customer declined, with the reason.")
  public Uni<@NonNull QuoteView> declineQuote(
      @Name("id") @Id @NonNull String id, @Name("reason") @NonNull String reason) {
    return tx.sales((c, s) -> quotes.decline(c, s, Ids.parse("id", id), reason));
  }

  @Mutation("reviseQuote")
  @Description("Makes the next DRAFT revision of a quote that can no longer be edited.")
  public Uni<@NonNull QuoteView> reviseQuote(@Name("id") @Id @NonNull String id) {
    return tx.sales((c, s) -> revisions.revise(c, s, Ids.parse("id", id)));
  }

  @Mutation("expireQuotes")
  @Description("Moves the caller's APPROVED or SENT quotes past their validity to EXPIRED.")
  public Uni<@NonNull Integer> expireQuotes() {
    return tx.sales(quotes::expireDue);
  }
}
