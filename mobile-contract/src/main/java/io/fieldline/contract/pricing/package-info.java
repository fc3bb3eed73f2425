/**
 * The pricing engine a phone runs offline and the server runs again on sync: same inputs, same
 * figures, to the last minor unit.
 *
 * <p>Entry point: {@link io.fieldline.contract.pricing.PricingEngine#price}, which takes a {@link
 * io.fieldline.contract.pricing.Quote} and the rep's {@link
 * io.fieldline.contract.pricing.DiscountEnvelope} and returns a {@link
 * io.fieldline.contract.pricing.PricingResult}: either {@code Priced} (lines, totals, envelope
 * verdict) or {@code Rejected} (every {@link io.fieldline.contract.pricing.PricingIssue} with its
 * stable {@link io.fieldline.contract.pricing.IssueCode}). {@link
 * io.fieldline.contract.pricing.TotalsCheck} compares totals a client sent with the engine's.
 *
 * <p>The rules live with the types that apply them: price resolution in {@link
 * io.fieldline.contract.pricing.PriceResolver}, line math in {@link
 * io.fieldline.contract.pricing.PricingEngine}, every rounding rule in {@link
 * io.fieldline.contract.pricing.Rounding}, the quote-discount split in {@link
 * io.fieldline.contract.pricing.DiscountAllocator}, the envelope in {@link
 * io.fieldline.contract.pricing.EnvelopeCheck}. The conformance vectors under {@code
 * io/fieldline/contract/pricing/vectors/} pin them for every implementation.
 */
package io.fieldline.contract.pricing;
