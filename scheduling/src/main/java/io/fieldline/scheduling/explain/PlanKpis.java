package io.fieldline.scheduling.explain;

/**
 * Plan-level figures for the dispatcher's board. The unassigned buckets are excluded from travel,
 * utilisation and fairness.
 *
 * @param travelSeconds driving time over all routes, including drives home
 * @param travelMeters driving distance over all routes
 * @param utilisation service plus travel time over available shift time (breaks excluded)
 * @param onTimeShare assigned visits starting in a window and meeting any SLA, over assigned
 * @param fairnessSpreadMinutes most minus least work minutes among technicians
 * @param disruptionShare published visits now off their technician or promised window
 * @param overtimeSeconds time back after the planned shift ends, summed
 * @param labourCostCents hours from shift start to return, at each technician's rate
 */
public record PlanKpis(
    int assignedVisits,
    int unassignedVisits,
    long travelSeconds,
    long travelMeters,
    double utilisation,
    double onTimeShare,
    long fairnessSpreadMinutes,
    double disruptionShare,
    long overtimeSeconds,
    long labourCostCents) {}
