package io.fieldline.backend.catalog;

/** What a product is: goods sold, a service billed, or a spare part technicians carry. */
public enum ProductKind {
  GOODS,
  SERVICE,
  PART
}
