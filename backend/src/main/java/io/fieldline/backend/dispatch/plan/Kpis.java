package io.fieldline.backend.dispatch.plan;

import io.fieldline.scheduling.explain.PlanKpis;

/** The board's plan figures (the scheduling library's {@link PlanKpis} in minutes and shares). */
public record Kpis(
    int assignedVisits,
    int unassignedVisits,
    long travelMinutes,
    long travelKilometres,
    double utilisation,
    double onTimeShare,
    long fairnessSpreadMinutes,
    double disruptionShare,
    long overtimeMinutes) {

  public static Kpis of(PlanKpis k) {
    return new Kpis(
        k.assignedVisits(),
        k.unassignedVisits(),
        Math.round(k.travelSeconds() / 60.0),
        Math.round(k.travelMeters() / 1000.0),
        round(k.utilisation()),
        round(k.onTimeShare()),
        k.fairnessSpreadMinutes(),
        round(k.disruptionShare()),
        Math.round(k.overtimeSeconds() / 60.0));
  }

  private static double round(double share) {
    return Math.round(share * 1000) / 1000.0;
  }
}
