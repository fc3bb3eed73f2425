package io.fieldline.scheduling.testdata;

import io.fieldline.scheduling.bench.FieldDayGenerator;
import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.Location;
import io.fieldline.scheduling.domain.RouteTimeline;
import io.fieldline.scheduling.domain.Technician;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.Visit;
import io.fieldline.scheduling.domain.VisitBuilder;
import io.fieldline.scheduling.realtime.Publication;
import io.fieldline.scheduling.solver.DispatchEngine;
import io.fieldline.scheduling.solver.SolverSettings;
import io.fieldline.scheduling.travel.TravelMatrix;
import io.fieldline.scheduling.travel.TravelTimes;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test data with a valid baseline: a technician with every skill at level 3 in territory "north",
 * an 08:00-17:00 shift from a depot, and 30-minute visits open all day. Locations lie on a planar
 * grid where one unit of distance is one minute of driving. Tests break one thing.
 */
public final class TestPlans {

  public static final LocalDate DAY = LocalDate.of(2030, 3, 4);
  public static final Location DEPOT = grid("depot", 0, 0);

  private TestPlans() {}

  /** Epoch second of {@code hour}:{@code minute} on {@link #DAY}. */
  public static long at(int hour, int minute) {
    return DAY.atStartOfDay().toEpochSecond(ZoneOffset.UTC) + hour * 3600L + minute * 60L;
  }

  /** A location at grid point (x, y); see {@link #TRAVEL}. */
  public static Location grid(String id, int x, int y) {
    return new Location(id, y, x);
  }

  /** Planar travel: Manhattan distance in grid units, one minute (and one km) per unit. */
  public static final TravelTimes TRAVEL =
      new TravelTimes() {
        @Override
        public long seconds(Location from, Location to) {
          return 60L * units(from, to);
        }

        @Override
        public long meters(Location from, Location to) {
          return 1000L * units(from, to);
        }

        private long units(Location from, Location to) {
          return Math.round(
              Math.abs(from.latitude() - to.latitude())
                  + Math.abs(from.longitude() - to.longitude()));
        }
      };

  public static Technician technician(String id) {
    return new Technician(
        id,
        "Technician " + id,
        Map.of("electrical", 3, "plumbing", 3, "hvac", 3, "gas", 3),
        Set.of("north"),
        5000);
  }

  public static Technician technician(String id, Map<String, Integer> skills) {
    return new Technician(id, "Technician " + id, skills, Set.of("north"), 5000);
  }

  public static TechnicianShift shift(Technician technician) {
    return new TechnicianShift(
        technician.id() + "-shift", technician, DAY, DEPOT, at(8, 0), DEPOT, at(17, 0));
  }

  /** A 30-minute visit at grid (x, y), open 08:00-17:00, territory north. */
  public static VisitBuilder visit(String id, int x, int y) {
    return Visit.builder(id, grid("at-" + id, x, y))
        .serviceSeconds(1800)
        .window(at(8, 0), at(17, 0))
        .territory("north");
  }

  /**
   * Places {@code visits} in {@code shift} in order and fills their shadow variables the way the
   * solver's listener does, for ConstraintVerifier tests that bypass the solver.
   */
  public static TechnicianShift route(TechnicianShift shift, Visit... visits) {
    shift.setVisits(new java.util.ArrayList<>(List.of(visits)));
    RouteTimeline.Timing timing =
        shift.isUnassignedBucket() ? null : RouteTimeline.simulate(shift, List.of(visits), TRAVEL);
    Location at = shift.getStartLocation();
    for (int i = 0; i < visits.length; i++) {
      Visit visit = visits[i];
      visit.setShift(shift);
      if (!shift.isUnassignedBucket()) {
        visit.setTravelFromPrevious(TRAVEL.seconds(at, visit.getLocation()));
        visit.setArrival(null);
        visit.setServiceStart(timing.serviceStarts()[i]);
        visit.setTravelToEnd(
            i == visits.length - 1
                ? TRAVEL.seconds(visit.getLocation(), shift.getEndLocation())
                : 0L);
      }
      at = visit.getLocation();
    }
    return shift;
  }

  /** A plan over {@code shifts} and {@code visits} with the grid travel times. */
  public static DispatchPlan plan(List<TechnicianShift> shifts, List<Visit> visits) {
    return DispatchPlan.of("test", TRAVEL, shifts, visits);
  }

  /**
   * A generated day of 4 technicians and 24 visits, solved (seeded, 300 steps) and published with a
   * one-hour promise: the baseline of the real-time tests.
   */
  public static DispatchPlan publishedDay() {
    DispatchPlan problem = FieldDayGenerator.generate(4, 24, 21);
    SolverSettings settings =
        SolverSettings.timeLimited(Duration.ofSeconds(20)).withSeed(2).withStepLimit(300);
    try (DispatchEngine engine = DispatchEngine.forDispatch(settings, 1)) {
      DispatchPlan published = engine.solve(problem);
      Publication.publish(published, 3600);
      return published;
    }
  }

  /** The same grid as a precomputed matrix, for tests of the travel package. */
  public static TravelMatrix matrix(List<Location> locations) {
    return TravelMatrix.precompute(locations, TRAVEL);
  }
}
