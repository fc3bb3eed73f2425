package io.fieldline.backend.sales.targets;

import io.fieldline.backend.sales.pricing.TotalsView.Money;
import io.fieldline.contract.pricing.Rounding;
import io.vertx.mutiny.sqlclient.Row;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A sales target with plan versus actual: actual is the net of CONFIRMED orders dated in the period
 * (a rep's own orders, or every order in the territory and below it), in the target's currency.
 */
@Type("SalesTarget")
public record TargetView(
    @Id @NonNull UUID id,
    @Id UUID userId,
    @Id UUID territoryId,
    @NonNull LocalDate periodStart,
    @NonNull LocalDate periodEnd,
    @NonNull String currency,
    @NonNull BigDecimal plan,
    @NonNull BigDecimal actual,
    @Description("actual / plan in percent (0 when the plan is 0)") @NonNull
        BigDecimal attainmentPercent) {

  static TargetView of(Row r) {
    String cur = r.getString("currency");
    BigDecimal plan = Money.of(r.getBigDecimal("amount"), cur);
    BigDecimal actual = Money.of(r.getBigDecimal("actual"), cur);
    return new TargetView(
        r.getUUID("id"),
        r.getUUID("user_id"),
        r.getUUID("territory_id"),
        r.getLocalDate("period_start"),
        r.getLocalDate("period_end"),
        cur,
        plan,
        actual,
        Rounding.percentOf(actual, plan).setScale(2, Rounding.MODE));
  }
}
