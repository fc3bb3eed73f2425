package io.fieldline.backend.sales;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.identity.Role;
import io.fieldline.backend.sales.db.Sql;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The sales role rules as SQL conditions. Accounts and leads: an admin sees the whole tenant,
 * everyone else the accounts of their territories (assigned and below). Deals (opportunities,
 * quotes, orders, payments): an admin everything, a manager those in their territories, a rep their
 * own. What a rule hides answers NOT_FOUND, like a record that does not exist.
 *
 * @param principal the caller
 */
public record SalesScope(FieldlinePrincipal principal) {

  /** Roles that work with deals. */
  public static final Role[] DEAL_ROLES = {Role.ADMIN, Role.MANAGER, Role.SALES_REP};

  /** The caller's user id. */
  public UUID userId() {
    return principal.userId();
  }

  /** Whether the caller is a tenant admin. */
  public boolean admin() {
    return principal.hasRole(Role.ADMIN);
  }

  /** Condition on a table with {@code territory_id}: the account (or lead) is visible. */
  public String accounts(String alias, Sql sql) {
    if (admin()) {
      return "true";
    }
    return alias + ".territory_id = any(" + sql.bind(territories()) + ")";
  }

  /** Condition on a lead: in the caller's territories, or owned by the caller. */
  public String leads(String alias, Sql sql) {
    if (admin()) {
      return "true";
    }
    return "("
        + accounts(alias, sql)
        + " or "
        + alias
        + ".owner_user_id = "
        + sql.bind(userId())
        + ")";
  }

  /** Condition on a deal table with {@code territory_id} and {@code owner_user_id}. */
  public String deals(String alias, Sql sql) {
    if (admin()) {
      return "true";
    }
    List<String> any = new ArrayList<>();
    if (principal.hasRole(Role.MANAGER)) {
      any.add(alias + ".territory_id = any(" + sql.bind(territories()) + ")");
    }
    if (principal.hasRole(Role.SALES_REP)) {
      any.add(alias + ".owner_user_id = " + sql.bind(userId()));
    }
    return any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")";
  }

  /** Fails with FORBIDDEN unless the caller may edit accounts and deals at all. */
  public SalesScope requireSales() {
    if (!principal.hasAnyRole(DEAL_ROLES)) {
      throw new ApiException(
          ErrorCode.FORBIDDEN, "Only admins, managers and sales reps work with sales records");
    }
    return this;
  }

  /** Fails with FORBIDDEN unless the caller is an admin. */
  public SalesScope requireAdmin() {
    if (!admin()) {
      throw new ApiException(ErrorCode.FORBIDDEN, "Only an admin may change this configuration");
    }
    return this;
  }

  /** Whether a territory lies in the caller's scope (admins: every territory). */
  public boolean covers(UUID territoryId) {
    return admin() || principal.territoryIds().contains(territoryId);
  }

  private UUID[] territories() {
    return principal.territoryIds().toArray(new UUID[0]);
  }
}
