package io.fieldline.backend.sales.demo;

import io.fieldline.backend.sales.demo.DemoAccounts.DemoAccount;
import io.fieldline.contract.pricing.Catalog;
import io.fieldline.contract.pricing.DiscountEnvelope;
import io.fieldline.contract.pricing.EnvelopeVerdict;
import io.fieldline.contract.pricing.PricedLine;
import io.fieldline.contract.pricing.PricedQuote;
import io.fieldline.contract.pricing.PricingEngine;
import io.fieldline.contract.pricing.PricingResult;
import io.fieldline.contract.pricing.Quote;
import io.fieldline.contract.pricing.QuoteLine;
import io.fieldline.contract.pricing.Totals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Demo quotes in every state, priced by the shared engine exactly as the server prices them, with
 * their approvals (approved at once, pending, approved or rejected by a manager).
 */
final class DemoQuotes {
  static final String[] STATUSES = {
    "DRAFT", "PENDING_APPROVAL", "APPROVED", "SENT", "ACCEPTED", "REJECTED", "EXPIRED"
  };
  static final DiscountEnvelope REP_ENVELOPE =
      new DiscountEnvelope(BigDecimal.TEN, BigDecimal.valueOf(5), BigDecimal.valueOf(15), false);

  /** A written demo quote, for orders. */
  record Written(
      UUID id, DemoAccount account, UUID opportunityId, String status, PricedQuote priced) {}

  final Batch quotes =
      new Batch(
          "insert into quote (id, number, account_id, opportunity_id,"
              + " contact_id, owner_user_id, territory_id, status, currency, pricing_date, valid_until,"
              + " quote_discount_percent, list_total, subtotal, quote_discount, discount_total, net, tax,"
              + " grand_total, verdict, envelope_exceeded, decision_reason) values ($1, $2, $3, $4, $5, $6,"
              + " $7, $8, 'GBP', $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20::text::jsonb, $21)");
  final Batch lines =
      new Batch(
          "insert into quote_line (id, quote_id, position, product_id,"
              + " quantity, discount_percent, price_book_id, list_unit_price, unit_price, list_amount,"
              + " net_amount, quote_discount_share, taxable_amount, tax_rate_percent, tax_amount,"
              + " total_amount) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,"
              + " $16)");
  final Batch requests =
      new Batch(
          "insert into approval_request (id, record_type, record_id,"
              + " territory_id, requested_by, status, current_step, summary, decided_at)"
              + " values ($1, 'QUOTE', $2, $3, $4, $5, $6, $7, $8)");
  final Batch steps =
      new Batch(
          "insert into approval_step (id, request_id, step_no, rule_name,"
              + " reason, approver_role, approver_level, status, decided_by, comment, decided_at)"
              + " values ($1, $2, 1, 'Area manager: discount above the rep''s envelope', $3, 'MANAGER',"
              + " 'AREA', $4, $5, $6, $7)");
  final List<Written> written = new ArrayList<>();

  private final DemoCatalog cat;
  private final PricingEngine engine;
  private final Random random;
  private final List<String> sellable;
  private final UUID approver;

  DemoQuotes(DemoCatalog cat, Catalog catalog, Random random, UUID approver) {
    this.cat = cat;
    this.engine = new PricingEngine(catalog);
    this.random = random;
    this.approver = approver;
    this.sellable =
        cat.products.stream()
            .filter(DemoCatalog.DemoProduct::active)
            .map(p -> p.id().toString())
            .toList();
  }

  /**
   * Adds quote number {@code n} for an account's opportunity, in status {@code STATUSES[n % 7]}.
   */
  void add(int n, DemoAccount a, UUID opportunityId, List<String> segments) {
    String status = STATUSES[n % STATUSES.length];
    boolean aboveEnvelope =
        status.equals("PENDING_APPROVAL") || (status.equals("REJECTED") && n % 2 == 0);
    List<QuoteLine> quoteLines = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      BigDecimal discount =
          aboveEnvelope && i == 0
              ? BigDecimal.valueOf(20)
              : BigDecimal.valueOf(random.nextInt(3) * 5);
      quoteLines.add(
          new QuoteLine(
              sellable.get(random.nextInt(sellable.size())),
              BigDecimal.valueOf(1 + random.nextInt(6)),
              discount,
              null));
    }
    LocalDate today = LocalDate.now();
    LocalDate pricingDate =
        status.equals("EXPIRED") ? today.minusDays(60) : today.minusDays(random.nextInt(20));
    LocalDate validUntil = pricingDate.plusDays(30);
    Quote quote =
        new Quote(
            a.id().toString(),
            segments,
            pricingDate,
            DemoCatalog.CURRENCY,
            quoteLines,
            BigDecimal.ZERO);
    PricingResult.Priced priced = (PricingResult.Priced) engine.price(quote, REP_ENVELOPE);
    boolean needs = priced.verdict() instanceof EnvelopeVerdict.NeedsApproval;
    Totals t = priced.quote().totals();
    UUID id = cat.id("quote", String.valueOf(n));
    boolean approverRejected = status.equals("REJECTED") && needs;
    quotes.add(
        id,
        String.format("Q-%06d", n + 1),
        a.id(),
        opportunityId,
        cat.id("contact", a.index() + "/0"),
        a.ownerId(),
        a.territoryId(),
        status,
        pricingDate,
        validUntil,
        BigDecimal.ZERO,
        t.listTotal(),
        t.subtotal(),
        t.quoteDiscount(),
        t.discountTotal(),
        t.net(),
        t.tax(),
        t.grandTotal(),
        needs ? "NEEDS_APPROVAL" : "APPROVABLE_BY_REP",
        needs ? "[{\"limit\":\"LINE_DISCOUNT\",\"line\":0,\"allowed\":10,\"actual\":20}]" : "[]",
        approverRejected
            ? "Discount too deep for this account"
            : status.equals("REJECTED") ? "Went with a competitor" : null);
    for (PricedLine p : priced.quote().lines()) {
      lines.add(
          cat.id("quote-line", n + "/" + p.line()),
          id,
          p.line(),
          UUID.fromString(p.productId()),
          p.quantity(),
          p.discountPercent(),
          UUID.fromString(p.priceBookId()),
          p.listUnitPrice(),
          p.unitPrice(),
          p.listAmount(),
          p.netAmount(),
          p.quoteDiscountShare(),
          p.taxableAmount(),
          p.taxRatePercent(),
          p.taxAmount(),
          p.totalAmount());
    }
    approval(n, id, a, status, needs);
    written.add(new Written(id, a, opportunityId, status, priced.quote()));
  }

  private void approval(int n, UUID quoteId, DemoAccount a, String status, boolean needs) {
    if (status.equals("DRAFT")) {
      return;
    }
    UUID request = cat.id("approval", String.valueOf(n));
    OffsetDateTime decided = OffsetDateTime.now().minusDays(1).withNano(0);
    if (!needs) {
      requests.add(
          request,
          quoteId,
          a.territoryId(),
          a.ownerId(),
          "APPROVED",
          null,
          "Approved at once: within the rep's envelope and no rule applies",
          decided);
      return;
    }
    String stepStatus =
        status.equals("PENDING_APPROVAL")
            ? "PENDING"
            : status.equals("REJECTED") ? "REJECTED" : "APPROVED";
    requests.add(
        request,
        quoteId,
        a.territoryId(),
        a.ownerId(),
        stepStatus.equals("PENDING") ? "PENDING" : stepStatus,
        stepStatus.equals("PENDING") ? 1 : null,
        "1 approval step(s) required",
        stepStatus.equals("PENDING") ? null : decided);
    steps.add(
        cat.id("approval-step", String.valueOf(n)),
        request,
        "Discount above the rep's envelope: LINE_DISCOUNT on line 1 20 % > 10 %",
        stepStatus,
        stepStatus.equals("PENDING") ? null : approver,
        stepStatus.equals("REJECTED")
            ? "Discount too deep for this account"
            : stepStatus.equals("APPROVED") ? "OK for this customer" : null,
        stepStatus.equals("PENDING") ? null : decided);
  }
}
