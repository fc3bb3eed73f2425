package io.fieldline.scheduling.explain;

/**
 * Why a visit is unassigned, as found by checking feasibility against every shift (not guessed).
 * The first reason in this order that applies is given.
 */
public enum UnassignedReason {
  /** No technician in the plan holds every required skill at the required level. */
  NO_TECHNICIAN_WITH_SKILLS,
  /** Technicians with the skills exist, but none works in the visit's territory. */
  OUTSIDE_TERRITORY,
  /** No eligible shift can start the service within a window, even with an otherwise empty day. */
  WINDOW_UNREACHABLE,
  /** The visit's demand exceeds the remaining van capacity of every shift that could reach it. */
  NO_SHIFT_CAPACITY,
  /** Every insertion into the current routes would make a visit late or a shift overrun. */
  SHIFTS_FULL,
  /** A feasible insertion exists: the solver had not converged; solve longer. */
  FEASIBLE_INSERTION_EXISTS
}
