package io.fieldline.backend.sales.accounts;

import io.fieldline.backend.accounts.AccountLifecycle;
import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.sales.SalesScope;
import io.fieldline.backend.sales.accounts.AccountInputs.AccountFilter;
import io.fieldline.backend.sales.accounts.AccountInputs.AccountInput;
import io.fieldline.backend.sales.accounts.AccountInputs.AccountSort;
import io.fieldline.backend.sales.db.Keyset;
import io.fieldline.backend.sales.db.Paged;
import io.fieldline.backend.sales.db.Sql;
import io.fieldline.backend.sales.graphql.Inputs;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads and writes accounts within the caller's scope; call inside a tenant transaction. */
@ApplicationScoped
public class AccountStore {

  /** The account, or NOT_FOUND when absent or outside the caller's territories. */
  public Uni<AccountView> find(SqlConnection c, SalesScope scope, UUID id) {
    Sql sql = new Sql();
    String statement =
        "select "
            + AccountView.COLUMNS
            + " from account a where a.id = "
            + sql.bind(id)
            + " and "
            + scope.accounts("a", sql);
    return sql.run(c, statement)
        .map(
            rows ->
                Sql.first(rows)
                    .map(AccountView::of)
                    .orElseThrow(() -> ApiException.notFound("Account", id)));
  }

  /** One page of the visible accounts matching {@code filter}. */
  public Uni<Paged<AccountView>> page(
      SqlConnection c,
      SalesScope scope,
      AccountFilter filter,
      AccountSort sort,
      boolean descending,
      Integer first,
      String after) {
    Sql sql = new Sql();
    List<String> where = new ArrayList<>();
    where.add(scope.accounts("a", sql));
    if (filter != null) {
      if (filter.search() != null && !filter.search().isBlank()) {
        String like = sql.bind("%" + filter.search().trim().toLowerCase() + "%");
        where.add(
            "(lower(a.name) like " + like + " or lower(coalesce(a.tax_id, '')) like " + like + ")");
      }
      if (filter.territoryId() != null) {
        where.add(
            "a.territory_id = "
                + sql.bind(Inputs.optionalId("filter.territoryId", filter.territoryId())));
      }
      if (filter.lifecycle() != null) {
        where.add("a.lifecycle = " + sql.bind(filter.lifecycle().name()));
      }
      if (filter.valueGrade() != null) {
        where.add("a.value_grade = " + sql.bind(filter.valueGrade().name()));
      }
      if (filter.categoryId() != null) {
        where.add(
            "a.category_id = "
                + sql.bind(Inputs.optionalId("filter.categoryId", filter.categoryId())));
      }
      if (filter.ownerUserId() != null) {
        where.add(
            "a.owner_user_id = "
                + sql.bind(Inputs.optionalId("filter.ownerUserId", filter.ownerUserId())));
      }
    }
    Keyset key =
        switch (sort == null ? AccountSort.NAME : sort) {
          case NAME -> new Keyset("lower(a.name)", "text", descending, "a.id");
          case CREATED_AT -> new Keyset("a.created_at", "timestamptz", descending, "a.id");
          case UPDATED_AT -> new Keyset("a.updated_at", "timestamptz", descending, "a.id");
        };
    return key.fetch(
        c, sql, AccountView.COLUMNS, "account a", where, first, after, AccountView::of);
  }

  /** Creates an account; the caller must cover its territory. */
  public Uni<AccountView> insert(SqlConnection c, SalesScope scope, AccountInput in) {
    Fields f = Fields.of(scope, in);
    UUID id = UUID.randomUUID();
    return checkReferences(c, f)
        .chain(
            () ->
                Sql.exec(
                    c,
                    "insert into account (id, name, legal_name, tax_id, industry, category_id,"
                        + " value_grade, lifecycle, owner_user_id, territory_id)"
                        + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                    id,
                    f.name,
                    f.legalName,
                    f.taxId,
                    f.industry,
                    f.categoryId,
                    f.grade,
                    f.lifecycle,
                    f.owner,
                    f.territory))
        .chain(() -> find(c, scope, id));
  }

  /** Replaces an account's fields if it is still at {@code expectedVersion}. */
  public Uni<AccountView> update(
      SqlConnection c, SalesScope scope, UUID id, long expectedVersion, AccountInput in) {
    return find(c, scope, id)
        .chain(
            () -> {
              Fields f = Fields.of(scope, in);
              return checkReferences(c, f)
                  .chain(
                      () ->
                          Sql.exec(
                              c,
                              "update account set name = $2, legal_name = $3, tax_id = $4,"
                                  + " industry = $5, category_id = $6, value_grade = $7,"
                                  + " lifecycle = $8, owner_user_id = $9, territory_id = $10,"
                                  + " version = version + 1, updated_at = now()"
                                  + " where id = $1 and version = $11",
                              id,
                              f.name,
                              f.legalName,
                              f.taxId,
                              f.industry,
                              f.categoryId,
                              f.grade,
                              f.lifecycle,
                              f.owner,
                              f.territory,
                              expectedVersion));
            })
        .chain(
            rows -> {
              if (rows.rowCount() == 0) {
                throw new ApiException(
                    ErrorCode.CONFLICT, "The account changed since it was read; re-read it");
              }
              return find(c, scope, id);
            });
  }

  private Uni<Void> checkReferences(SqlConnection c, Fields f) {
    return Sql.exec(
            c,
            "select (select count(*) from app_user where id = $1 and active) as owners,"
                + " (select count(*) from account_category where id = $2) as categories,"
                + " (select count(*) from territory where id = $3) as territories",
            f.owner,
            f.categoryId,
            f.territory)
        .map(
            rows -> {
              var row = rows.iterator().next();
              if (row.getLong("owners") == 0) {
                throw ApiException.invalid("ownerUserId", "No active user with this id");
              }
              if (f.categoryId != null && row.getLong("categories") == 0) {
                throw ApiException.invalid("categoryId", "No account category with this id");
              }
              if (row.getLong("territories") == 0) {
                throw ApiException.invalid("territoryId", "No territory with this id");
              }
              return null;
            });
  }

  private record Fields(
      String name,
      String legalName,
      String taxId,
      String industry,
      UUID categoryId,
      String grade,
      String lifecycle,
      UUID owner,
      UUID territory) {

    static Fields of(SalesScope scope, AccountInput in) {
      UUID territory = Inputs.optionalId("territoryId", in.territoryId());
      if (territory == null) {
        throw ApiException.invalid("territoryId", "territoryId is required");
      }
      if (!scope.covers(territory)) {
        throw ApiException.invalid("territoryId", "territoryId is not one of your territories");
      }
      UUID owner = Inputs.optionalId("ownerUserId", in.ownerUserId());
      return new Fields(
          Inputs.text("name", in.name(), 200),
          Inputs.optionalText("legalName", in.legalName(), 200),
          Inputs.optionalText("taxId", in.taxId(), 64),
          Inputs.optionalText("industry", in.industry(), 100),
          Inputs.optionalId("categoryId", in.categoryId()),
          in.valueGrade() == null ? null : in.valueGrade().name(),
          (in.lifecycle() == null ? AccountLifecycle.PROSPECT : in.lifecycle()).name(),
          owner == null ? scope.userId() : owner,
          territory);
    }
  }
}
