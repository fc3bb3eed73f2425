package io.fieldline.scheduling.solver;

import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.Visit;
import java.util.Collections;
import org.optaplanner.core.impl.heuristic.selector.common.nearby.NearbyDistanceMeter;

/**
 * Ranks move destinations for a visit by driving time, pushing impossible ones far away: a shift
 * whose technician may not serve the visit, a visit no common technician may serve alongside it,
 * and (less far) the unassigned bucket. Moves then mostly target eligible, nearby routes.
 */
public class VisitNearbyDistanceMeter implements NearbyDistanceMeter<Visit, Object> {

  /** Added to the distance of an ineligible destination; larger than any day's driving. */
  static final double INELIGIBLE = 1.0e9;

  /** Distance of an unassigned bucket: behind every eligible destination, before ineligible. */
  static final double BUCKET = INELIGIBLE / 2;

  @Override
  public double getNearbyDistance(Visit origin, Object destination) {
    if (destination instanceof Visit visit) {
      double travel = origin.getTravelTimes().seconds(origin.getLocation(), visit.getLocation());
      boolean shareATechnician =
          !Collections.disjoint(
              origin.getEligibleTechnicianIds(), visit.getEligibleTechnicianIds());
      return shareATechnician ? travel : INELIGIBLE + travel;
    }
    TechnicianShift shift = (TechnicianShift) destination;
    if (shift.isUnassignedBucket()) {
      return BUCKET;
    }
    double travel = origin.getTravelTimes().seconds(shift.getStartLocation(), origin.getLocation());
    boolean eligible = origin.getEligibleTechnicianIds().contains(shift.getTechnician().id());
    return eligible ? travel : INELIGIBLE + travel;
  }
}
