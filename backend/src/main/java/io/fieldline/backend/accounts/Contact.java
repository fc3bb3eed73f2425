package io.fieldline.backend.accounts;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person at an account, with their role there. */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "tenant_id", nullable = false, insertable = false, updatable = false)
  public UUID tenantId;

  @Column(name = "account_id", nullable = false)
  public UUID accountId;

  @Column(name = "first_name", nullable = false)
  public String firstName;

  @Column(name = "last_name", nullable = false)
  public String lastName;

  public String role;
  public String email;
  public String phone;

  @Column(name = "is_primary", nullable = false)
  public boolean primary;

  @Version
  @Column(nullable = false)
  public long version;

  @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
  public Instant createdAt;
}
