package io.fieldline.backend.sales.accounts;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.sales.SalesScope;
import io.fieldline.backend.sales.accounts.AccountInputs.CategoryInput;
import io.fieldline.backend.sales.accounts.AccountInputs.ContactInput;
import io.fieldline.backend.sales.accounts.AccountInputs.SiteInput;
import io.fieldline.backend.sales.db.Sql;
import io.fieldline.backend.sales.graphql.Inputs;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Contacts, sites and the classification tree; call inside a tenant transaction. */
@ApplicationScoped
public class ContactStore {
  private final AccountStore accounts;

  public ContactStore(AccountStore accounts) {
    this.accounts = accounts;
  }

  /** The contacts of an account, primary first. */
  public Uni<List<ContactView>> contacts(SqlConnection c, UUID accountId) {
    return Sql.exec(
            c,
            "select * from contact where account_id = $1 order by is_primary desc, last_name, id",
            accountId)
        .map(rows -> Sql.list(rows).stream().map(ContactView::of).toList());
  }

  /** The sites of an account by name. */
  public Uni<List<SiteView>> sites(SqlConnection c, UUID accountId) {
    return Sql.exec(c, "select * from site where account_id = $1 order by name, id", accountId)
        .map(rows -> Sql.list(rows).stream().map(SiteView::of).toList());
  }

  /** The contact, if its account is visible. */
  public Uni<ContactView> contact(SqlConnection c, SalesScope scope, UUID id) {
    Sql sql = new Sql();
    return sql.run(
            c,
            "select ct.* from contact ct join account a on a.id = ct.account_id where ct.id = "
                + sql.bind(id)
                + " and "
                + scope.accounts("a", sql))
        .map(
            rows ->
                Sql.first(rows)
                    .map(ContactView::of)
                    .orElseThrow(() -> ApiException.notFound("Contact", id)));
  }

  /** Adds a contact to a visible account. */
  public Uni<ContactView> addContact(SqlConnection c, SalesScope scope, ContactInput in) {
    UUID accountId = Inputs.optionalId("accountId", in.accountId());
    UUID id = UUID.randomUUID();
    Object[] f = contactFields(in);
    return accounts
        .find(c, scope, Inputs.required("accountId", accountId))
        .chain(
            () ->
                Sql.exec(
                    c,
                    "insert into contact (id, account_id, first_name, last_name, role, email, phone,"
                        + " is_primary) values ($1, $2, $3, $4, $5, $6, $7, $8)",
                    id,
                    accountId,
                    f[0],
                    f[1],
                    f[2],
                    f[3],
                    f[4],
                    f[5]))
        .chain(() -> contact(c, scope, id));
  }

  /** Replaces a contact's fields if it is still at {@code expectedVersion}. */
  public Uni<ContactView> updateContact(
      SqlConnection c, SalesScope scope, UUID id, long expectedVersion, ContactInput in) {
    return contact(c, scope, id)
        .map(existing -> contactFields(in))
        .chain(
            f ->
                Sql.exec(
                    c,
                    "update contact set first_name = $2, last_name = $3, role = $4, email = $5,"
                        + " phone = $6, is_primary = $7, version = version + 1"
                        + " where id = $1 and version = $8",
                    id,
                    f[0],
                    f[1],
                    f[2],
                    f[3],
                    f[4],
                    f[5],
                    expectedVersion))
        .chain(
            rows -> {
              if (rows.rowCount() == 0) {
                throw new ApiException(
                    ErrorCode.CONFLICT, "The contact changed since it was read; re-read it");
              }
              return contact(c, scope, id);
            });
  }

  /** Adds a site to a visible account. */
  public Uni<SiteView> addSite(SqlConnection c, SalesScope scope, SiteInput in) {
    UUID accountId = Inputs.required("accountId", Inputs.optionalId("accountId", in.accountId()));
    String name = Inputs.text("name", in.name(), 200);
    String country = Inputs.optionalText("country", in.country(), 2);
    if (country != null && !country.matches("[A-Z]{2}")) {
      throw ApiException.invalid("country", "country must be a two-letter ISO code");
    }
    if (in.latitude() != null && Math.abs(in.latitude()) > 90) {
      throw ApiException.invalid("latitude", "latitude must be between -90 and 90");
    }
    if (in.longitude() != null && Math.abs(in.longitude()) > 180) {
      throw ApiException.invalid("longitude", "longitude must be between -180 and 180");
    }
    UUID id = UUID.randomUUID();
    return accounts
        .find(c, scope, accountId)
        .chain(
            () ->
                Sql.exec(
                    c,
                    "insert into site (id, account_id, name, street, city, postal_code, country,"
                        + " latitude, longitude) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
                        + " returning *",
                    id,
                    accountId,
                    name,
                    Inputs.optionalText("street", in.street(), 200),
                    Inputs.optionalText("city", in.city(), 100),
                    Inputs.optionalText("postalCode", in.postalCode(), 20),
                    country,
                    in.latitude(),
                    in.longitude()))
        .map(rows -> SiteView.of(rows.iterator().next()));
  }

  /** The whole classification tree by code. */
  public Uni<List<CategoryView>> categories(SqlConnection c) {
    return Sql.exec(c, "select * from account_category order by code")
        .map(rows -> Sql.list(rows).stream().map(CategoryView::of).toList());
  }

  /** Adds a node to the classification tree. */
  public Uni<CategoryView> addCategory(SqlConnection c, CategoryInput in) {
    String code = Inputs.text("code", in.code(), 64);
    String name = Inputs.text("name", in.name(), 200);
    UUID parent = Inputs.optionalId("parentId", in.parentId());
    return Sql.exec(
            c,
            "select (select count(*) from account_category where code = $1) as taken,"
                + " (select count(*) from account_category where id = $2) as parents",
            code,
            parent)
        .chain(
            rows -> {
              var row = rows.iterator().next();
              if (row.getLong("taken") > 0) {
                throw ApiException.invalid("code", "code is already used");
              }
              if (parent != null && row.getLong("parents") == 0) {
                throw ApiException.invalid("parentId", "No account category with this id");
              }
              return Sql.exec(
                  c,
                  "insert into account_category (id, parent_id, code, name) values ($1, $2, $3, $4)"
                      + " returning *",
                  UUID.randomUUID(),
                  parent,
                  code,
                  name);
            })
        .map(rows -> CategoryView.of(rows.iterator().next()));
  }

  private static Object[] contactFields(ContactInput in) {
    return new Object[] {
      Inputs.text("firstName", in.firstName(), 100),
      Inputs.text("lastName", in.lastName(), 100),
      Inputs.optionalText("role", in.role(), 100),
      Inputs.email("email", in.email()),
      Inputs.optionalText("phone", in.phone(), 40),
      Boolean.TRUE.equals(in.primary())
    };
  }
}
