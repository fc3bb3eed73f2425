package io.fieldline.backend.sales.accounts;

import io.fieldline.backend.accounts.AccountLifecycle;
import io.vertx.mutiny.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A customer or prospect as the API shows it; contacts, sites and timeline are fields. */
@Type("Account")
public record AccountView(
    @Id @NonNull UUID id,
    @NonNull String name,
    String legalName,
    String taxId,
    String industry,
    @Id UUID categoryId,
    ValueGrade valueGrade,
    @NonNull AccountLifecycle lifecycle,
    @Id UUID ownerUserId,
    @Id @NonNull UUID territoryId,
    int version,
    @NonNull OffsetDateTime createdAt,
    @NonNull OffsetDateTime updatedAt) {

  /** Columns {@link #of} reads, for table alias {@code a}. */
  public static final String COLUMNS =
      "a.id, a.name, a.legal_name, a.tax_id, a.industry, a.category_id, a.value_grade,"
          + " a.lifecycle, a.owner_user_id, a.territory_id, a.version, a.created_at, a.updated_at";

  static AccountView of(Row r) {
    String grade = r.getString("value_grade");
    return new AccountView(
        r.getUUID("id"),
        r.getString("name"),
        r.getString("legal_name"),
        r.getString("tax_id"),
        r.getString("industry"),
        r.getUUID("category_id"),
        grade == null ? null : ValueGrade.valueOf(grade),
        AccountLifecycle.valueOf(r.getString("lifecycle")),
        r.getUUID("owner_user_id"),
        r.getUUID("territory_id"),
        r.getInteger("version"),
        r.getOffsetDateTime("created_at"),
        r.getOffsetDateTime("updated_at"));
  }
}
