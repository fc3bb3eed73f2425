package io.fieldline.backend.accounts;

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

/** A customer (or prospect) organisation, owned by a rep and placed in a territory. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "tenant_id", nullable = false, insertable = false, updatable = false)
  public UUID tenantId;

  @Column(nullable = false)
  public String name;

  @Column(name = "legal_name")
  public String legalName;

  @Column(name = "tax_id")
  public String taxId;

  public String industry;

  @Column(name = "category_id")
  public UUID categoryId;

  @Column(name = "value_grade")
  public String valueGrade;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public AccountLifecycle lifecycle = AccountLifecycle.PROSPECT;

  @Column(name = "owner_user_id")
  public UUID ownerUserId;

  @Column(name = "territory_id", nullable = false)
  public UUID territoryId;

  @Version
  @Column(nullable = false)
  public long version;

  @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt = Instant.now();
}
