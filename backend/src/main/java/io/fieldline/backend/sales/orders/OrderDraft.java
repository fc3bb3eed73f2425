package io.fieldline.backend.sales.orders;

import io.fieldline.backend.sales.orders.OrderInputs.AttachmentInput;
import io.fieldline.backend.sales.pricing.ExcessView;
import io.fieldline.backend.sales.pricing.MismatchView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A validated, priced order ready to be written (from a quote's figures or the server's pricing).
 */
record OrderDraft(
    UUID accountId,
    UUID quoteId,
    UUID opportunityId,
    UUID ownerUserId,
    UUID territoryId,
    String currency,
    LocalDate orderDate,
    int paymentTermsDays,
    String signatoryName,
    String notes,
    BigDecimal listTotal,
    BigDecimal discountTotal,
    BigDecimal net,
    BigDecimal tax,
    BigDecimal grandTotal,
    List<ExcessView> exceeded,
    List<MismatchView> mismatch,
    List<Line> lines,
    List<AttachmentInput> attachments) {

  /** A priced line. */
  record Line(
      UUID productId,
      BigDecimal quantity,
      BigDecimal discountPercent,
      BigDecimal listUnitPrice,
      BigDecimal unitPrice,
      BigDecimal listAmount,
      BigDecimal netAmount,
      BigDecimal taxAmount,
      BigDecimal totalAmount) {}
}
