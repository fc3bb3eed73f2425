package io.fieldline.backend.tenancy;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A customer organisation of Fieldline; every other record belongs to exactly one. */
@Entity
@Table(name = "tenant")
public class Tenant extends PanacheEntityBase {
  @Id public UUID id;

  @Column(nullable = false)
  public String slug;

  @Column(nullable = false)
  public String name;

  @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
  public Instant createdAt;
}
