package io.fieldline.backend.sales.demo;

import io.fieldline.backend.sales.demo.DemoAccounts.DemoAccount;
import io.fieldline.backend.sales.demo.DemoQuotes.Written;
import io.fieldline.contract.pricing.Catalog;
import io.fieldline.contract.pricing.PricedLine;
import io.fieldline.contract.pricing.PricedQuote;
import io.fieldline.contract.pricing.PricingEngine;
import io.fieldline.contract.pricing.PricingResult;
import io.fieldline.contract.pricing.Quote;
import io.fieldline.contract.pricing.QuoteLine;
import io.fieldline.contract.pricing.Totals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Demo orders in every state (from accepted quotes and direct, big ones pending or rejected by the
 * order rule) and payments leaving them unpaid, partially paid, paid or overdue.
 */
final class DemoOrders {
  static final String[] PAYMENT_PLANS = {"UNPAID", "PARTIAL", "PAID", "OVERDUE", "CANCELLED"};

  final Batch orders =
      new Batch(
          "insert into sales_order (id, number, account_id, quote_id,"
              + " opportunity_id, owner_user_id, territory_id, status, delivery_status, currency,"
              + " order_date, payment_terms_days, due_date, signatory_name, list_total, discount_total, net,"
              + " tax, grand_total, paid_total) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'GBP', $10, 30,"
              + " $11, $12, $13, $14, $15, $16, $17, $18)");
  final Batch lines =
      new Batch(
          "insert into order_line (id, order_id, position, product_id,"
              + " quantity, discount_percent, list_unit_price, unit_price, list_amount, net_amount,"
              + " tax_amount, total_amount) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)");
  final Batch payments =
      new Batch(
          "insert into payment (id, order_id, amount, currency, method,"
              + " paid_on, collected_by, reference) values ($1, $2, $3, 'GBP', $4, $5, $6, $7)");
  final Batch requests =
      new Batch(
          "insert into approval_request (id, record_type, record_id,"
              + " territory_id, requested_by, status, current_step, summary, decided_at)"
              + " values ($1, 'ORDER', $2, $3, $4, $5, $6, '1 approval step(s) required', $7)");
  final Batch steps =
      new Batch(
          "insert into approval_step (id, request_id, step_no, rule_name,"
              + " reason, approver_role, approver_level, status, decided_by, comment, decided_at)"
              + " values ($1, $2, 1, 'Area manager: orders from 50 000', 'Amount is at least 50000', 'MANAGER',"
              + " 'AREA', $3, $4, $5, $6)");
  int count;

  private final DemoCatalog cat;
  private final PricingEngine engine;
  private final UUID approver;

  DemoOrders(DemoCatalog cat, Catalog catalog, UUID approver) {
    this.cat = cat;
    this.engine = new PricingEngine(catalog);
    this.approver = approver;
  }

  /** An order for an accepted quote, with the k-th payment plan. */
  void fromQuote(Written q, int k) {
    String plan = PAYMENT_PLANS[k % PAYMENT_PLANS.length];
    LocalDate date =
        plan.equals("OVERDUE") ? LocalDate.now().minusDays(60) : LocalDate.now().minusDays(k % 10);
    UUID id =
        write(
            q.account(),
            q.id(),
            q.opportunityId(),
            plan.equals("CANCELLED") ? "CANCELLED" : "CONFIRMED",
            date,
            q.priced(),
            plan);
    pay(id, q.account(), q.priced().totals().grandTotal(), plan, date);
  }

  /** A big direct order that the order rule sends for approval (pending or rejected). */
  void direct(DemoAccount a, String status) {
    String product =
        cat.products.stream()
            .filter(p -> p.active() && p.price().intValue() > 2000)
            .findFirst()
            .orElseThrow()
            .id()
            .toString();
    LocalDate date = LocalDate.now().minusDays(2);
    Quote quote =
        new Quote(
            a.id().toString(),
            List.of(),
            date,
            DemoCatalog.CURRENCY,
            List.of(new QuoteLine(product, BigDecimal.valueOf(30), BigDecimal.ZERO, null)),
            BigDecimal.ZERO);
    PricedQuote priced =
        ((PricingResult.Priced) engine.price(quote, DemoQuotes.REP_ENVELOPE)).quote();
    UUID id = write(a, null, null, status, date, priced, "UNPAID");
    UUID request = cat.id("order-approval", String.valueOf(count));
    boolean pending = status.equals("PENDING_APPROVAL");
    OffsetDateTime decided = pending ? null : OffsetDateTime.now().minusHours(3).withNano(0);
    requests.add(
        request,
        id,
        a.territoryId(),
        a.ownerId(),
        pending ? "PENDING" : "REJECTED",
        pending ? 1 : null,
        decided);
    steps.add(
        cat.id("order-approval-step", String.valueOf(count)),
        request,
        pending ? "PENDING" : "REJECTED",
        pending ? null : approver,
        pending ? null : "Split into phased orders",
        decided);
  }

  private UUID write(
      DemoAccount a,
      UUID quoteId,
      UUID opportunityId,
      String status,
      LocalDate date,
      PricedQuote priced,
      String plan) {
    count++;
    UUID id = cat.id("order", String.valueOf(count));
    Totals t = priced.totals();
    BigDecimal paid =
        switch (plan) {
          case "PAID" -> t.grandTotal();
          case "PARTIAL" -> half(t.grandTotal());
          default -> BigDecimal.ZERO;
        };
    String delivery =
        plan.equals("PAID")
            ? "DELIVERED"
            : plan.equals("PARTIAL") ? "PARTIALLY_DELIVERED" : "NOT_DELIVERED";
    orders.add(
        id,
        String.format("SO-%06d", count),
        a.id(),
        quoteId,
        opportunityId,
        a.ownerId(),
        a.territoryId(),
        status,
        status.equals("CONFIRMED") ? delivery : "NOT_DELIVERED",
        date,
        date.plusDays(30),
        "Signed by the customer",
        t.listTotal(),
        t.discountTotal(),
        t.net(),
        t.tax(),
        t.grandTotal(),
        paid);
    for (PricedLine p : priced.lines()) {
      lines.add(
          cat.id("order-line", count + "/" + p.line()),
          id,
          p.line(),
          UUID.fromString(p.productId()),
          p.quantity(),
          p.discountPercent(),
          p.listUnitPrice(),
          p.unitPrice(),
          p.listAmount(),
          p.taxableAmount(),
          p.taxAmount(),
          p.totalAmount());
    }
    return id;
  }

  private void pay(UUID orderId, DemoAccount a, BigDecimal grand, String plan, LocalDate date) {
    if (plan.equals("PARTIAL")) {
      payments.add(
          cat.id("payment", count + "/0"),
          orderId,
          half(grand),
          "CARD",
          date,
          a.ownerId(),
          "Deposit");
    } else if (plan.equals("PAID")) {
      BigDecimal first = half(grand);
      payments.add(
          cat.id("payment", count + "/0"),
          orderId,
          first,
          "BANK_TRANSFER",
          date,
          a.ownerId(),
          "Deposit");
      payments.add(
          cat.id("payment", count + "/1"),
          orderId,
          grand.subtract(first),
          "BANK_TRANSFER",
          date,
          a.ownerId(),
          "Balance");
    }
  }

  private static BigDecimal half(BigDecimal amount) {
    return amount.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
  }
}
