package io.fieldline.backend.accounts;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Equipment installed at a customer's site (a boiler, a heat pump), identified by model and serial
 * number. Its service history is the work orders and visits that name it.
 */
@Entity
@Table(name = "asset")
public class Asset extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "tenant_id", nullable = false, insertable = false, updatable = false)
  public UUID tenantId;

  @Column(name = "account_id", nullable = false)
  public UUID accountId;

  @Column(name = "site_id", nullable = false)
  public UUID siteId;

  @Column(name = "product_id")
  public UUID productId;

  @Column(name = "serial_number", nullable = false)
  public String serialNumber;

  @Column(nullable = false)
  public String model;

  public String manufacturer;

  @Column(name = "installed_on")
  public LocalDate installedOn;

  @Column(name = "warranty_ends_on")
  public LocalDate warrantyEndsOn;

  @Version
  @Column(nullable = false)
  public long version;

  @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
  public Instant createdAt;

  /** Whether the warranty still covers the asset on {@code day}. */
  public boolean underWarrantyOn(LocalDate day) {
    return warrantyEndsOn != null && !day.isAfter(warrantyEndsOn);
  }
}
