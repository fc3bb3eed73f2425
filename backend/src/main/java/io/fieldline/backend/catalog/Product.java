package io.fieldline.backend.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Something the tenant sells or uses on site, identified by its SKU. */
@Entity
@Table(name = "product")
public class Product extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "tenant_id", nullable = false, insertable = false, updatable = false)
  public UUID tenantId;

  @Column(name = "product_line_id")
  public UUID productLineId;

  @Column(nullable = false)
  public String sku;

  @Column(nullable = false)
  public String name;

  @Column(nullable = false)
  public String unit = "EA";

  @Column(name = "tax_category", nullable = false)
  public String taxCategory = "STANDARD";

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public ProductKind kind = ProductKind.GOODS;

  @Column(nullable = false)
  public boolean active = true;

  @Version
  @Column(nullable = false)
  public long version;

  @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
  public Instant createdAt;
}
