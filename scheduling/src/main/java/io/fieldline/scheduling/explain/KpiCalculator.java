package io.fieldline.scheduling.explain;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.Location;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.TimeWindow;
import io.fieldline.scheduling.domain.Visit;
import io.fieldline.scheduling.travel.TravelTimes;

/** Computes {@link PlanKpis} from a plan whose shadow variables are up to date. */
public final class KpiCalculator {

  private KpiCalculator() {}

  public static PlanKpis of(DispatchPlan plan) {
    TravelTimes travel = plan.getTravelTimes();
    int assigned = 0;
    int onTime = 0;
    int published = 0;
    int disrupted = 0;
    for (Visit visit : plan.getVisits()) {
      if (visit.isAssigned()) {
        assigned++;
        onTime += visit.getWindowLateness() == 0 && visit.getSlaLateness() == 0 ? 1 : 0;
      }
      if (visit.getPublished() != null) {
        published++;
        boolean kept =
            visit.isAssigned() && !visit.isTechnicianChanged() && visit.getPromiseBreach() == 0;
        disrupted += kept ? 0 : 1;
      }
    }
    long travelSeconds = 0;
    long travelMeters = 0;
    long work = 0;
    long available = 0;
    long overtime = 0;
    long cost = 0;
    long minMinutes = Long.MAX_VALUE;
    long maxMinutes = 0;
    for (TechnicianShift shift : plan.getTechnicianShifts()) {
      Location at = shift.getStartLocation();
      for (Visit visit : shift.getVisits()) {
        travelSeconds += visit.getTravelFromPrevious() + visit.getTravelToEnd();
        travelMeters += travel.meters(at, visit.getLocation());
        at = visit.getLocation();
      }
      if (!shift.getVisits().isEmpty()) {
        travelMeters += travel.meters(at, shift.getEndLocation());
        cost +=
            (shift.getReturnTime() - shift.getStart())
                * shift.getTechnician().costPerHourCents()
                / 3600;
      }
      work += shift.getWorkSeconds();
      available += availableSeconds(shift);
      overtime += Math.max(0, shift.getReturnTime() - shift.getEnd());
      long minutes = shift.getWorkSeconds() / 60;
      minMinutes = Math.min(minMinutes, minutes);
      maxMinutes = Math.max(maxMinutes, minutes);
    }
    int unassigned = plan.getVisits().size() - assigned;
    return new PlanKpis(
        assigned,
        unassigned,
        travelSeconds,
        travelMeters,
        available == 0 ? 0 : (double) work / available,
        assigned == 0 ? 1 : (double) onTime / assigned,
        minMinutes == Long.MAX_VALUE ? 0 : maxMinutes - minMinutes,
        published == 0 ? 0 : (double) disrupted / published,
        overtime,
        cost);
  }

  private static long availableSeconds(TechnicianShift shift) {
    long available = shift.getEnd() - shift.getStart();
    for (TimeWindow pause : shift.getUnavailability()) {
      long from = Math.max(pause.start(), shift.getStart());
      long to = Math.min(pause.end(), shift.getEnd());
      available -= Math.max(0, to - from);
    }
    return Math.max(0, available);
  }
}
