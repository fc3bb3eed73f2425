package io.fieldline.backend.accounts;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A node of the tenant's customer classification tree (e.g. Retail > Supermarkets). */
@Entity
@Table(name = "account_category")
public class AccountCategory extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "tenant_id", nullable = false, insertable = false, updatable = false)
  public UUID tenantId;

  @Column(name = "parent_id")
  public UUID parentId;

  @Column(nullable = false)
  public String code;

  @Column(nullable = false)
  public String name;
}
