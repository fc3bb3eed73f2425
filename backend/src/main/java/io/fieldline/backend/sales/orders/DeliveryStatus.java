package io.fieldline.backend.sales.orders;

/** How much of an order has been delivered. */
public enum DeliveryStatus {
  NOT_DELIVERED,
  PARTIALLY_DELIVERED,
  DELIVERED
}
