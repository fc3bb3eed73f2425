package io.fieldline.backend.catalog;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A group of products (e.g. "Heat pumps"). */
@Entity
@Table(name = "product_line")
public class ProductLine extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "tenant_id", nullable = false, insertable = false, updatable = false)
  public UUID tenantId;

  @Column(nullable = false)
  public String code;

  @Column(nullable = false)
  public String name;
}
