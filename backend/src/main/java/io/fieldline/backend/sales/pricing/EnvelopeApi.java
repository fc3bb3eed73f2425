package io.fieldline.backend.sales.pricing;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.sales.SalesTx;
import io.fieldline.backend.sales.db.Sql;
import io.fieldline.backend.sales.graphql.Inputs;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Discount envelopes over GraphQL: the phone needs its rep's to approve quotes offline. */
@GraphQLApi
public class EnvelopeApi {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private final SalesTx tx;

  public EnvelopeApi(SalesTx tx) {
    this.tx = tx;
  }

  @Query("myDiscountEnvelope")
  @Description("The caller's envelope (own, else the tenant default); null means no discount.")
  public Uni<EnvelopeView> myDiscountEnvelope() {
    return tx.sales(
        (c, s) ->
            Sql.exec(
                    c,
                    "select * from discount_envelope where user_id = $1 or user_id is null"
                        + " order by user_id nulls last limit 1",
                    s.userId())
                .map(rows -> Sql.first(rows).map(EnvelopeView::of).orElse(null)));
  }

  @Query("discountEnvelopes")
  @Description("Every envelope of the tenant (admins).")
  public Uni<@NonNull List<@NonNull EnvelopeView>> discountEnvelopes() {
    return tx.admin(
        (c, s) ->
            Sql.exec(c, "select * from discount_envelope order by user_id nulls first")
                .map(rows -> Sql.list(rows).stream().map(EnvelopeView::of).toList()));
  }

  @Mutation("setDiscountEnvelope")
  @Description("Sets the tenant default envelope or one rep's (admins).")
  public Uni<@NonNull EnvelopeView> setDiscountEnvelope(
      @Name("input") @NonNull EnvelopeInput input) {
    UUID user = Inputs.optionalId("userId", input.userId());
    percent("maxLineDiscountPercent", input.maxLineDiscountPercent());
    percent("maxQuoteDiscountPercent", input.maxQuoteDiscountPercent());
    percent("maxTotalDiscountPercent", input.maxTotalDiscountPercent());
    return tx.admin(
        (c, s) ->
            Sql.exec(c, "delete from discount_envelope where user_id is not distinct from $1", user)
                .chain(
                    () ->
                        Sql.exec(
                            c,
                            "insert into discount_envelope (id, user_id, max_line_discount_percent,"
                                + " max_quote_discount_percent, max_total_discount_percent,"
                                + " price_override_allowed) select $1, $2, $3, $4, $5, $6"
                                + " where $2::uuid is null or exists (select 1 from app_user where id = $2)"
                                + " returning *",
                            UUID.randomUUID(),
                            user,
                            input.maxLineDiscountPercent(),
                            input.maxQuoteDiscountPercent(),
                            input.maxTotalDiscountPercent(),
                            input.priceOverrideAllowed()))
                .map(
                    rows ->
                        EnvelopeView.of(
                            Sql.first(rows)
                                .orElseThrow(
                                    () ->
                                        ApiException.invalid("userId", "No user with this id")))));
  }

  private static void percent(String field, BigDecimal value) {
    Inputs.nonNegative(field, value);
    if (value.compareTo(HUNDRED) > 0) {
      throw ApiException.invalid(field, field + " must be at most 100");
    }
  }
}
