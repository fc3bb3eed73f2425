package io.fieldline.backend.service.demo;

import io.fieldline.backend.demo.DemoIdentity.UserSpec;
import io.fieldline.backend.identity.Role;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Demo technicians: the tenant's technician users plus (for acme) three more in the North-East,
 * each with skills, home base, working hours, shifts for the coming two weeks, absences and a van
 * stocked from the warehouse.
 */
final class DemoPeople {
  /** Extra acme technician users: key, name, territory. */
  static final List<String[]> EXTRA_ACME =
      List.of(
          new String[] {"tech3", "Theo Technician", "NE-1"},
          new String[] {"tech4", "Tara Technician", "NE-2"},
          new String[] {"tech5", "Ted Technician", "NE-1"});

  static final Map<String, double[]> HOME =
      Map.of(
          "NE-1", new double[] {54.978, -1.617},
          "NE-2", new double[] {54.776, -1.575},
          "NW-1", new double[] {53.481, -2.242},
          "SC-1", new double[] {51.454, -0.978},
          "WC-1", new double[] {51.454, -2.587});

  private DemoPeople() {}

  static void build(DemoContext x) {
    UUID warehouse = ServiceDemoIds.warehouse(x.tenant);
    x.rows.add("stock_location", warehouse, "WAREHOUSE", x.tenant.name() + " central warehouse");
    for (UserSpec u : x.tenant.users()) {
      if (u.roles().contains(Role.TECHNICIAN)) {
        technician(x, u.key(), u.territoryCodes().get(0), true);
      }
    }
    if (x.tenant.slug().equals("acme")) {
      for (String[] extra : EXTRA_ACME) {
        UUID id = ServiceDemoIds.user(x.tenant, extra[0]);
        x.rows.add("app_user", id, x.tenant.id(), extra[0] + "@acme.example", extra[1]);
        x.rows.add("user_role", x.tenant.id(), id, "TECHNICIAN");
        x.rows.add("user_territory", x.tenant.id(), id, x.territory(extra[2]));
        technician(x, extra[0], extra[2], false);
      }
    }
  }

  private static void technician(DemoContext x, String key, String territory, boolean allSkills) {
    UUID user = ServiceDemoIds.user(x.tenant, key);
    UUID van = ServiceDemoIds.van(x.tenant, key);
    double[] home = HOME.get(territory);
    x.rows.add("stock_location", van, "VAN", "Van of " + key);
    x.rows.add(
        "technician",
        user,
        x.territory(territory),
        home[0] + x.rnd.nextDouble() * 0.05,
        home[1] + x.rnd.nextDouble() * 0.05,
        van);
    Map<String, Integer> skills = new HashMap<>();
    for (String skill : DemoCatalog.SKILLS) {
      if (allSkills || x.rnd.nextInt(2) == 0 || skills.isEmpty() && skill.equals("HVAC")) {
        int level = allSkills ? 4 : 2 + x.rnd.nextInt(4);
        skills.put(skill, level);
        x.rows.add("technician_skill", user, skill, level);
      }
    }
    boolean early = x.rnd.nextBoolean();
    for (int day = 1; day <= 5; day++) {
      x.rows.add(
          "technician_working_hours",
          user,
          day,
          LocalTime.of(early ? 7 : 8, 0),
          LocalTime.of(early ? 16 : 17, 0));
    }
    for (int d = 0; d < 14; d++) {
      if (x.today.plusDays(d).getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()) {
        x.rows.add(
            "technician_shift",
            x.id("shift", key + "-" + d),
            user,
            x.at(d, early ? 7 : 8, 0),
            x.at(d, early ? 16 : 17, 0));
      }
    }
    absences(x, key, user);
    for (int p = 0; p < x.parts.size(); p++) {
      x.rows.add(
          "stock_movement",
          x.id("movement", key + "-in-" + p),
          van,
          x.parts.get(p),
          "TRANSFER_IN",
          BigDecimal.valueOf(10 + x.rnd.nextInt(11)),
          null,
          "Initial van stock",
          null,
          x.at(-45, 7, 0));
    }
    x.techs.add(new DemoContext.Tech(key, user, territory, van, skills));
  }

  private static void absences(DemoContext x, String key, UUID user) {
    switch (key) {
      case "tech2" ->
          x.rows.add(
              "technician_absence",
              x.id("absence", key),
              user,
              "SICKNESS",
              x.at(-20, 0, 0),
              x.at(-18, 0, 0),
              "Flu");
      case "tech3" ->
          x.rows.add(
              "technician_absence",
              x.id("absence", key),
              user,
              "TRAINING",
              x.at(3, 7, 0),
              x.at(3, 17, 0),
              "F-gas refresher course");
      case "tech4" ->
          x.rows.add(
              "technician_absence",
              x.id("absence", key),
              user,
              "LEAVE",
              x.at(8, 0, 0),
              x.at(11, 0, 0),
              "Annual leave");
      default -> {}
    }
  }

  /** Whether the technician is away at day {@code d} (the demo's absences, by key). */
  static boolean away(String key, int d) {
    return key.equals("tech3") && d == 3 || key.equals("tech4") && d >= 8 && d <= 10;
  }
}
