package io.fieldline.backend.identity;

/** What a user may do in a tenant. A user holds one or more roles. */
public enum Role {
  /** Everything in the tenant: users, territories, configuration. */
  ADMIN,
  /** Approves discounts and contracts; sees pipeline and KPIs of their territories. */
  MANAGER,
  /** Plans and rebalances technicians' schedules in their territories. */
  DISPATCHER,
  /** Works visits on site; sees their own visits and what those visits need. */
  TECHNICIAN,
  /** Visits customers, builds quotes, takes orders and payments in their territories. */
  SALES_REP
}
