package io.fieldline.contract.pricing;

import io.fieldline.contract.pricing.PricingIssue.LineIssue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Checks one quote line, reporting every issue in field order: productId, quantity,
 * discountPercent, unitPriceOverride, then price and tax (reported on productId).
 */
final class LineValidator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Catalog catalog;
  private final Quote quote;
  private final DiscountEnvelope envelope;
  private final List<PricingIssue> issues;

  LineValidator(Catalog catalog, Quote quote, DiscountEnvelope envelope, List<PricingIssue> out) {
    this.catalog = catalog;
    this.quote = quote;
    this.envelope = envelope;
    this.issues = out;
  }

  /** Adds the line's issues to the output list; returns the line if it has none. */
  Optional<ValidLine> validate(int index, QuoteLine line) {
    int before = issues.size();
    Optional<Product> product = checkProduct(index, line.productId());
    checkQuantity(index, line.quantity());
    if (!isPercent(line.discountPercent())) {
      add(
          IssueCode.DISCOUNT_OUT_OF_RANGE,
          index,
          "discountPercent",
          line.discountPercent() + " is not between 0 and 100");
    }
    line.priceOverride().ifPresent(price -> checkOverride(index, price));
    if (product.isEmpty() || !Rounding.isSupported(quote.currency())) {
      return Optional.empty();
    }
    Optional<ResolvedPrice> price = resolvePrice(index, line.productId());
    Optional<TaxRate> tax = resolveTax(index, product.get());
    if (issues.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new ValidLine(index, line, price.orElseThrow(), tax.orElseThrow()));
  }

  /** Whether {@code value} lies between 0 and 100 inclusive. */
  static boolean isPercent(BigDecimal value) {
    return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
  }

  /** The product if it is known and active. */
  private Optional<Product> checkProduct(int index, String productId) {
    Optional<Product> product = catalog.product(productId);
    if (product.isEmpty()) {
      add(IssueCode.UNKNOWN_PRODUCT, index, "productId", "no product " + productId);
    } else if (!product.get().active()) {
      add(IssueCode.INACTIVE_PRODUCT, index, "productId", productId + " is inactive");
      return Optional.empty();
    }
    return product;
  }

  private void checkQuantity(int index, BigDecimal quantity) {
    if (quantity.signum() < 0) {
      add(IssueCode.NEGATIVE_QUANTITY, index, "quantity", quantity + " is negative");
    } else if (quantity.signum() == 0) {
      add(IssueCode.ZERO_QUANTITY, index, "quantity", "quantity is 0");
    } else if (Rounding.quantityTooPrecise(quantity)) {
      add(
          IssueCode.QUANTITY_TOO_PRECISE,
          index,
          "quantity",
          quantity + " has more than " + Rounding.MAX_QUANTITY_SCALE + " decimals");
    }
  }

  private void checkOverride(int index, BigDecimal price) {
    if (!envelope.priceOverrideAllowed()) {
      add(
          IssueCode.PRICE_OVERRIDE_NOT_ALLOWED,
          index,
          "unitPriceOverride",
          "the rep may not override prices");
    } else if (price.signum() < 0) {
      add(IssueCode.NEGATIVE_PRICE_OVERRIDE, index, "unitPriceOverride", price + " is negative");
    }
  }

  private Optional<ResolvedPrice> resolvePrice(int index, String productId) {
    Optional<ResolvedPrice> price = PriceResolver.resolve(catalog.priceBooks(), quote, productId);
    if (price.isEmpty()) {
      if (PriceResolver.pricedInOtherCurrency(catalog.priceBooks(), quote, productId)) {
        add(
            IssueCode.CURRENCY_MISMATCH,
            index,
            "productId",
            productId + " has no price in " + quote.currency() + " on " + quote.pricingDate());
      } else {
        add(
            IssueCode.NO_PRICE,
            index,
            "productId",
            "no price book valid on " + quote.pricingDate() + " lists " + productId);
      }
    }
    return price;
  }

  private Optional<TaxRate> resolveTax(int index, Product product) {
    Optional<TaxRate> tax = catalog.taxRate(product.taxCategory(), quote.pricingDate());
    if (tax.isEmpty()) {
      add(
          IssueCode.NO_TAX_RATE,
          index,
          "productId",
          "no rate for tax category " + product.taxCategory() + " on " + quote.pricingDate());
    }
    return tax;
  }

  private void add(IssueCode code, int index, String field, String detail) {
    issues.add(new LineIssue(code, index, field, detail));
  }
}
