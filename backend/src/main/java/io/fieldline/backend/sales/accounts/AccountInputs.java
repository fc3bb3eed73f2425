package io.fieldline.backend.sales.accounts;

import io.fieldline.backend.accounts.AccountLifecycle;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Input types of the account operations. */
public final class AccountInputs {
  private AccountInputs() {}

  /** An account's editable fields; the owner defaults to the caller. */
  @Input("AccountInput")
  public record AccountInput(
      @NonNull String name,
      String legalName,
      String taxId,
      String industry,
      String categoryId,
      ValueGrade valueGrade,
      AccountLifecycle lifecycle,
      @NonNull String territoryId,
      String ownerUserId) {}

  /** A contact's fields. */
  @Input("ContactInput")
  public record ContactInput(
      @NonNull String accountId,
      @NonNull String firstName,
      @NonNull String lastName,
      String role,
      String email,
      String phone,
      Boolean primary) {}

  /** A site's fields. */
  @Input("SiteInput")
  public record SiteInput(
      @NonNull String accountId,
      @NonNull String name,
      String street,
      String city,
      String postalCode,
      String country,
      Double latitude,
      Double longitude) {}

  /** Filters of the account list; every given filter must hold. */
  @Input("AccountFilter")
  public record AccountFilter(
      String search,
      String territoryId,
      AccountLifecycle lifecycle,
      ValueGrade valueGrade,
      String categoryId,
      String ownerUserId) {}

  /** A new node of the classification tree. */
  @Input("AccountCategoryInput")
  public record CategoryInput(@NonNull String code, @NonNull String name, String parentId) {}

  /** Sort keys of the account list. */
  public enum AccountSort {
    NAME,
    CREATED_AT,
    UPDATED_AT
  }
}
