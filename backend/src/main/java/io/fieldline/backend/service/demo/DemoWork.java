package io.fieldline.backend.service.demo;

import io.fieldline.backend.service.CaseSeverity;
import io.fieldline.backend.service.WorkOrderPriority;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Demo work: the open backlog (with realistic SLAs: some due soon, a few overdue), cases (some
 * spawning work orders) and maintenance plans with their generated occurrences.
 */
final class DemoWork {
  static final List<String> TYPES = List.of("MAINTENANCE", "REPAIR", "INSTALLATION", "INSPECTION");
  private static final Map<String, List<String>> TITLES =
      Map.of(
          "MAINTENANCE", List.of("Annual service", "Filter change and service", "Seasonal check"),
          "REPAIR", List.of("No heating", "Water leak at unit", "Noisy fan", "Error code F28"),
          "INSTALLATION", List.of("Install new thermostat", "Install heat pump", "Replace boiler"),
          "INSPECTION", List.of("Gas safety inspection", "Landlord certificate", "F-gas check"));

  private DemoWork() {}

  /** A work order to write. */
  record Order(
      String key,
      DemoContext.Customer customer,
      DemoContext.SiteSpot site,
      UUID asset,
      String type,
      String priority,
      OffsetDateTime createdAt,
      OffsetDateTime slaDueAt,
      int minutes,
      UUID preferred,
      String status,
      String origin,
      UUID caseId,
      UUID planId,
      LocalDate occurrence,
      OffsetDateTime completedAt,
      Map<String, Integer> skills) {

    Order withSla(OffsetDateTime due, OffsetDateTime created) {
      return new Order(
          key,
          customer,
          site,
          asset,
          type,
          priority,
          created,
          due,
          minutes,
          preferred,
          status,
          origin,
          caseId,
          planId,
          occurrence,
          completedAt,
          skills);
    }

    Order done(OffsetDateTime at) {
      return new Order(
          key,
          customer,
          site,
          asset,
          type,
          priority,
          createdAt,
          slaDueAt,
          minutes,
          preferred,
          "COMPLETED",
          origin,
          caseId,
          planId,
          occurrence,
          at,
          skills);
    }
  }

  static UUID write(DemoContext x, Order o) {
    UUID id = x.id("work-order", o.key());
    String title = x.pick(TITLES.get(o.type()));
    x.rows.add(
        "work_order",
        id,
        o.customer().id(),
        o.site().id(),
        o.asset(),
        o.type(),
        o.priority(),
        title,
        "Reported: " + title.toLowerCase() + ".",
        o.slaDueAt(),
        o.minutes(),
        o.preferred(),
        o.status(),
        o.origin(),
        o.caseId(),
        o.planId(),
        o.occurrence(),
        x.templates.get(o.type()).id(),
        o.completedAt(),
        o.createdAt());
    o.skills().forEach((skill, level) -> x.rows.add("work_order_skill", id, skill, level));
    return id;
  }

  /** A random order at a customer; skills drawn from {@code allowed} (a technician's, or all). */
  static Order random(
      DemoContext x,
      String key,
      DemoContext.Customer c,
      Map<String, Integer> allowed,
      String status) {
    DemoContext.SiteSpot site = x.pick(c.sites());
    String type = x.pick(TYPES);
    int roll = x.rnd.nextInt(100);
    WorkOrderPriority priority =
        roll < 20
            ? WorkOrderPriority.LOW
            : roll < 70
                ? WorkOrderPriority.NORMAL
                : roll < 93 ? WorkOrderPriority.HIGH : WorkOrderPriority.URGENT;
    OffsetDateTime created = x.at(0, 6, 0).minusMinutes(x.rnd.nextInt(36 * 60));
    Map<String, Integer> skills = new LinkedHashMap<>();
    List<String> codes = List.copyOf(allowed.keySet());
    for (int i = 0, n = 1 + x.rnd.nextInt(2); i < n; i++) {
      String code = codes.get(x.rnd.nextInt(codes.size()));
      skills.put(code, Math.min(allowed.get(code), 1 + x.rnd.nextInt(3)));
    }
    return new Order(
        key,
        c,
        site,
        site.assets().isEmpty() ? null : x.pick(site.assets()),
        type,
        priority.name(),
        created,
        created.plus(priority.defaultSla()),
        30 + 15 * x.rnd.nextInt(12),
        null,
        status,
        x.pick(List.of("PHONE", "PORTAL")),
        null,
        null,
        null,
        null,
        skills);
  }

  static Map<String, Integer> anySkill() {
    Map<String, Integer> all = new LinkedHashMap<>();
    DemoCatalog.SKILLS.forEach(s -> all.put(s, 3));
    return all;
  }

  /** The unscheduled backlog. */
  static void backlog(DemoContext x, int count) {
    for (int i = 0; i < count; i++) {
      DemoContext.Customer c = x.pick(x.customers);
      write(x, random(x, "open-" + i, c, anySkill(), "OPEN"));
    }
  }

  /** Cases at the desk; in-progress ones have spawned a work order. */
  static void cases(DemoContext x, int count) {
    String[] statuses = {"OPEN", "OPEN", "IN_PROGRESS", "RESOLVED", "CLOSED"};
    String[] categories = {"NO_HEAT", "LEAK", "NOISE", "BILLING", "LATE_VISIT", "DAMAGE"};
    String[] severities = {"LOW", "MEDIUM", "MEDIUM", "HIGH", "CRITICAL"};
    for (int i = 0; i < count; i++) {
      UUID id = x.id("case", String.valueOf(i));
      DemoContext.Customer c = x.pick(x.customers);
      String status = statuses[i % statuses.length];
      String severity = severities[x.rnd.nextInt(severities.length)];
      OffsetDateTime created = x.at(-x.rnd.nextInt(10), 9 + x.rnd.nextInt(8), 0);
      boolean resolved = status.equals("RESOLVED") || status.equals("CLOSED");
      String category = categories[x.rnd.nextInt(categories.length)];
      x.rows.add(
          "service_case",
          id,
          c.id(),
          c.sites().get(0).id(),
          x.pick(List.of("PHONE", "EMAIL", "PORTAL", "FIELD")),
          category,
          severity,
          "Customer reports " + category.toLowerCase().replace('_', ' '),
          "Logged by the service desk.",
          created.plus(CaseSeverity.valueOf(severity).defaultSla()),
          status,
          resolved ? "Resolved with the customer by phone." : null,
          resolved ? created.plusHours(20) : null,
          created);
      if (status.equals("IN_PROGRESS")) {
        Order o = random(x, "case-" + i, c, anySkill(), "OPEN");
        write(
            x,
            new Order(
                o.key(),
                c,
                o.site(),
                o.asset(),
                "REPAIR",
                o.priority(),
                created,
                o.slaDueAt(),
                o.minutes(),
                null,
                "OPEN",
                "CASE",
                id,
                null,
                null,
                null,
                o.skills()));
      }
    }
  }

  /** Maintenance plans on assets, with the occurrences a generator run today would create. */
  static void plans(DemoContext x, int count) {
    for (int i = 0; i < count; i++) {
      DemoContext.Customer c = x.customers.get(i % x.customers.size());
      DemoContext.SiteSpot site = c.sites().get(0);
      UUID asset = site.assets().get(0);
      UUID plan = x.id("plan", String.valueOf(i));
      int interval = List.of(3, 6, 12).get(i % 3);
      LocalDate first =
          x.today.plusDays(-20 + x.rnd.nextInt(45)).withDayOfMonth(1 + x.rnd.nextInt(28));
      x.rows.add(
          "maintenance_plan",
          plan,
          "Planned maintenance " + (i + 1),
          c.id(),
          site.id(),
          asset,
          "MAINTENANCE",
          interval,
          first,
          30,
          7,
          90);
      x.rows.add("maintenance_plan_skill", plan, "HVAC", 2);
      for (LocalDate occ = first;
          !occ.isAfter(x.today.plusDays(30));
          occ = occ.plusMonths(interval)) {
        OffsetDateTime due = occ.plusDays(7).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
        write(
            x,
            new Order(
                "plan-" + i + "-" + occ,
                c,
                site,
                asset,
                "MAINTENANCE",
                "NORMAL",
                x.at(0, 6, 0),
                due,
                90,
                null,
                "OPEN",
                "MAINTENANCE_PLAN",
                null,
                plan,
                occ,
                null,
                Map.of("HVAC", 2)));
      }
    }
  }
}
