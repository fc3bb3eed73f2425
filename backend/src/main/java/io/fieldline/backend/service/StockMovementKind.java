package io.fieldline.backend.service;

import io.fieldline.backend.error.ApiException;
import java.math.BigDecimal;

/**
 * Why stock moved. Stock at a location is the sum of its signed movements: TRANSFER_IN adds
 * (warehouse to van), USED_ON_VISIT and RETURNED (van back to the warehouse) take away, ADJUSTED is
 * a stock-take correction of either sign.
 */
public enum StockMovementKind {
  TRANSFER_IN,
  USED_ON_VISIT,
  RETURNED,
  ADJUSTED;

  /**
   * The signed quantity for an amount given as the user sees it: positive for transfers, usage and
   * returns (the sign follows the kind), signed as given for adjustments.
   */
  public BigDecimal signed(BigDecimal amount) {
    if (amount == null || amount.signum() == 0) {
      throw ApiException.invalid("quantity", "quantity must not be zero");
    }
    if (this != ADJUSTED && amount.signum() < 0) {
      throw ApiException.invalid("quantity", "quantity must be positive for " + this);
    }
    return switch (this) {
      case TRANSFER_IN, ADJUSTED -> amount;
      case USED_ON_VISIT, RETURNED -> amount.negate();
    };
  }
}
