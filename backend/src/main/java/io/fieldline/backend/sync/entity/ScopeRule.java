package io.fieldline.backend.sync.entity;

/**
 * How the server decides which scopes hold a record (the SQL side is {@code sync_desired_scopes}
 * and {@code sync_open_scope} in migration V4_1/V4_2).
 */
public enum ScopeRule {
  /** Sales reps whose territories (or a territory above) hold the record's territory column. */
  REP_TERRITORY,
  /**
   * Exactly the scopes of the parent record its column names (contacts and sites of an account).
   */
  FOLLOW_PARENT,
  /** Every scope (products, price books). */
  CATALOG,
  /**
   * Technicians who are the row's rule column (the visit's assignee), while its {@code
   * scheduled_start} is in [now - 7 days, now + 14 days) (V4_4, slid daily by SyncWindowJob).
   */
  TECH_VISIT,
  /** Technicians whose van is the row's rule column (van stock movements). */
  TECH_VAN,
  /** No rule of its own: only the scopes holding a carrier record (work orders, templates). */
  CARRIED
}
