package io.fieldline.backend.accounts;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A place where the customer is visited: an address with coordinates. */
@Entity
@Table(name = "site")
public class Site extends PanacheEntityBase {
  @Id public UUID id;

  @Column(name = "tenant_id", nullable = false, insertable = false, updatable = false)
  public UUID tenantId;

  @Column(name = "account_id", nullable = false)
  public UUID accountId;

  @Column(nullable = false)
  public String name;

  public String street;
  public String city;

  @Column(name = "postal_code")
  public String postalCode;

  public String country;
  public Double latitude;
  public Double longitude;

  @Version
  @Column(nullable = false)
  public long version;

  @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
  public Instant createdAt;
}
