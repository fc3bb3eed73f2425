package io.fieldline.backend.sales.accounts;

import io.fieldline.backend.error.Ids;
import io.fieldline.backend.sales.SalesTx;
import io.fieldline.backend.sales.accounts.AccountInputs.AccountFilter;
import io.fieldline.backend.sales.accounts.AccountInputs.AccountInput;
import io.fieldline.backend.sales.accounts.AccountInputs.AccountSort;
import io.fieldline.backend.sales.accounts.AccountInputs.CategoryInput;
import io.fieldline.backend.sales.accounts.AccountInputs.ContactInput;
import io.fieldline.backend.sales.accounts.AccountInputs.SiteInput;
import io.fieldline.backend.sales.graphql.SortDirection;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Accounts, contacts, sites and the classification tree over GraphQL. */
@GraphQLApi
public class AccountApi {
  private final SalesTx tx;
  private final AccountStore accounts;
  private final ContactStore contacts;

  public AccountApi(SalesTx tx, AccountStore accounts, ContactStore contacts) {
    this.tx = tx;
    this.accounts = accounts;
    this.contacts = contacts;
  }

  @Query("accounts")
  @Description("Accounts in the caller's territories (admins: all), filtered, sorted, paged.")
  public Uni<@NonNull AccountConnection> accounts(
      @Name("filter") AccountFilter filter,
      @Name("sort") AccountSort sort,
      @Name("direction") SortDirection direction,
      @Name("first") Integer first,
      @Name("after") String after) {
    return tx.read(
        (c, s) ->
            accounts
                .page(c, s, filter, sort, SortDirection.descending(direction, false), first, after)
                .map(AccountConnection::of));
  }

  @Query("account")
  @Description("One account; NOT_FOUND outside the caller's territories.")
  public Uni<@NonNull AccountView> account(@Name("id") @Id @NonNull String id) {
    return tx.read((c, s) -> accounts.find(c, s, Ids.parse("id", id)));
  }

  @Query("accountCategories")
  @Description("The tenant's customer classification tree.")
  public Uni<@NonNull List<@NonNull CategoryView>> accountCategories() {
    return tx.read((c, s) -> contacts.categories(c));
  }

  public Uni<@NonNull List<@NonNull ContactView>> contacts(@Source AccountView account) {
    return tx.read((c, s) -> contacts.contacts(c, account.id()));
  }

  public Uni<@NonNull List<@NonNull SiteView>> sites(@Source AccountView account) {
    return tx.read((c, s) -> contacts.sites(c, account.id()));
  }

  @Mutation("createAccount")
  @Description("Creates an account in one of the caller's territories.")
  public Uni<@NonNull AccountView> createAccount(@Name("input") @NonNull AccountInput input) {
    return tx.sales((c, s) -> accounts.insert(c, s, input));
  }

  @Mutation("updateAccount")
  @Description("Replaces an account's fields; CONFLICT if it changed since expectedVersion.")
  public Uni<@NonNull AccountView> updateAccount(
      @Name("id") @Id @NonNull String id,
      @Name("expectedVersion") int expectedVersion,
      @Name("input") @NonNull AccountInput input) {
    return tx.sales((c, s) -> accounts.update(c, s, Ids.parse("id", id), expectedVersion, input));
  }

  @Mutation("addContact")
  @Description("Adds a contact to an account.")
  public Uni<@NonNull ContactView> addContact(@Name("input") @NonNull ContactInput input) {
    return tx.sales((c, s) -> contacts.addContact(c, s, input));
  }

  @Mutation("updateContact")
  @Description("Replaces a contact's fields (not its account).")
  public Uni<@NonNull ContactView> updateContact(
      @Name("id") @Id @NonNull String id,
      @Name("expectedVersion") int expectedVersion,
      @Name("input") @NonNull ContactInput input) {
    return tx.sales(
        (c, s) -> contacts.updateContact(c, s, Ids.parse("id", id), expectedVersion, input));
  }

  @Mutation("addSite")
  @Description("Adds an address with coordinates to an account.")
  public Uni<@NonNull SiteView> addSite(@Name("input") @NonNull SiteInput input) {
    return tx.sales((c, s) -> contacts.addSite(c, s, input));
  }

  @Mutation("createAccountCategory")
  @Description("Adds a node to the customer classification tree (admins).")
  public Uni<@NonNull CategoryView> createAccountCategory(
      @Name("input") @NonNull CategoryInput input) {
    return tx.admin((c, s) -> contacts.addCategory(c, input));
  }
}
