package io.fieldline.scheduling.bench;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.Location;
import io.fieldline.scheduling.domain.Priority;
import io.fieldline.scheduling.domain.Technician;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.TimeWindow;
import io.fieldline.scheduling.domain.Visit;
import io.fieldline.scheduling.domain.VisitBuilder;
import io.fieldline.scheduling.travel.GreatCircleTravelTimes;
import io.fieldline.scheduling.travel.TravelMatrix;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A seeded, realistic field-service day in a 30 km city: technicians with two skills each and two
 * of four territories, 08:00-17:00 shifts with a lunch break, and visits with skills, one or two
 * windows, priorities, some SLAs and preferences. Used by the real-time benchmark and the tests.
 */
public final class FieldDayGenerator {

  static final List<String> SKILLS = List.of("electrical", "plumbing", "hvac", "gas");
  static final List<String> TERRITORIES = List.of("north", "south", "east", "west");
  private static final double CENTER_LAT = 48.85;
  private static final double CENTER_LON = 2.35;
  private static final double HALF_SPAN_DEG = 0.135;

  private final Random random;
  private final LocalDate day;
  private final long dayStart;

  private FieldDayGenerator(long seed, LocalDate day) {
    this.random = new Random(seed);
    this.day = day;
    this.dayStart = day.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
  }

  /** A day of {@code technicians} shifts and {@code visits} visits, reproducible by seed. */
  public static DispatchPlan generate(int technicians, int visits, long seed) {
    return new FieldDayGenerator(seed, LocalDate.of(2030, 3, 4)).plan(technicians, visits);
  }

  /** Epoch second of {@code hour}:{@code minute} on the generated day. */
  public static long at(int hour, int minute) {
    return LocalDate.of(2030, 3, 4).atStartOfDay().toEpochSecond(ZoneOffset.UTC)
        + hour * 3600L
        + minute * 60L;
  }

  private DispatchPlan plan(int technicianCount, int visitCount) {
    List<TechnicianShift> shifts = new ArrayList<>();
    for (int i = 0; i < technicianCount; i++) {
      shifts.add(shift(i));
    }
    List<Visit> visits = new ArrayList<>();
    for (int i = 0; i < visitCount; i++) {
      visits.add(visit(i, shifts));
    }
    List<Location> locations = new ArrayList<>();
    shifts.forEach(shift -> locations.add(shift.getStartLocation()));
    visits.forEach(visit -> locations.add(visit.getLocation()));
    TravelMatrix matrix = TravelMatrix.precompute(locations, GreatCircleTravelTimes.urbanDefault());
    return DispatchPlan.of("day-" + day, matrix, shifts, visits);
  }

  private TechnicianShift shift(int index) {
    String first = SKILLS.get(index % SKILLS.size());
    String second = SKILLS.get((index + 1 + random.nextInt(SKILLS.size() - 1)) % SKILLS.size());
    Map<String, Integer> skills = new HashMap<>();
    skills.put(first, 1 + random.nextInt(3));
    skills.put(second, 1 + random.nextInt(2));
    String home = TERRITORIES.get(index % TERRITORIES.size());
    String neighbour = TERRITORIES.get((index + 1) % TERRITORIES.size());
    Technician technician =
        new Technician("t" + index, "Technician " + index, skills, Set.of(home, neighbour), 4500);
    Location depot = randomLocation("home-t" + index);
    TechnicianShift shift =
        new TechnicianShift(
            "t" + index + "-" + day, technician, day, depot, at(8, 0), depot, at(17, 0));
    shift.setMaxOvertimeSeconds(3600);
    shift.setCapacity(60);
    shift.setUnavailability(List.of(new TimeWindow(at(12, 0), at(12, 30))));
    return shift;
  }

  private Visit visit(int index, List<TechnicianShift> shifts) {
    VisitBuilder builder =
        Visit.builder("v" + index, randomLocation("site-v" + index))
            .serviceSeconds(60L * (15 + 5 * random.nextInt(7)))
            .territory(TERRITORIES.get(random.nextInt(TERRITORIES.size())))
            .demand(random.nextInt(8))
            .priority(priority());
    int kind = random.nextInt(10);
    if (kind < 4) {
      builder.window(at(8, 0), at(16, 30));
    } else if (kind < 7) {
      builder.window(at(8, 0), at(11, 30));
    } else if (kind < 9) {
      builder.window(at(13, 0), at(16, 30));
    } else {
      builder.window(at(8, 0), at(9, 30)).window(at(14, 0), at(15, 30));
    }
    if (random.nextInt(4) > 0) {
      builder.requires(SKILLS.get(random.nextInt(SKILLS.size())), 1 + random.nextInt(2));
    }
    if (random.nextInt(10) == 0) {
      builder.slaDue(at(12, 0));
    }
    if (random.nextInt(10) == 0) {
      builder.preferredTechnician(shifts.get(random.nextInt(shifts.size())).getTechnician().id());
    }
    return builder.build();
  }

  private Priority priority() {
    int roll = random.nextInt(20);
    return roll == 0
        ? Priority.URGENT
        : roll < 4 ? Priority.HIGH : roll < 16 ? Priority.NORMAL : Priority.LOW;
  }

  private Location randomLocation(String id) {
    return new Location(
        id,
        CENTER_LAT + (random.nextDouble() * 2 - 1) * HALF_SPAN_DEG * 0.66,
        CENTER_LON + (random.nextDouble() * 2 - 1) * HALF_SPAN_DEG);
  }
}
