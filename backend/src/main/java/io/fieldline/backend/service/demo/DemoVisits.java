package io.fieldline.backend.service.demo;

import io.fieldline.backend.demo.DemoIdentity.UserSpec;
import io.fieldline.backend.identity.Role;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Demo visits across the coming two weeks: two or three a working day for every technician (not
 * while away), each for a work order in their territory that needs skills they hold; today's and
 * tomorrow's are dispatched. Sales reps get a few sales calls.
 */
final class DemoVisits {
  private static final int[][] SLOTS = {{8, 0}, {10, 30}, {13, 30}};

  private DemoVisits() {}

  static void build(DemoContext x) {
    for (DemoContext.Tech t : x.techs) {
      List<DemoContext.Customer> mine = x.customersIn(t.territory());
      for (int d = 0; d < 14; d++) {
        if (x.today.plusDays(d).getDayOfWeek().getValue() > 5 || DemoPeople.away(t.key(), d)) {
          continue;
        }
        int slots = 2 + x.rnd.nextInt(2);
        for (int s = 0; s < slots; s++) {
          String key = t.key() + "-" + d + "-" + s;
          OffsetDateTime start = x.at(d, SLOTS[s][0], SLOTS[s][1]);
          DemoWork.Order o =
              DemoWork.random(x, "visit-" + key, x.pick(mine), t.skills(), "SCHEDULED")
                  .withSla(start.plusHours(3 + x.rnd.nextInt(72)), start.minusDays(4));
          UUID wo = DemoWork.write(x, o);
          String status = d <= 1 ? "DISPATCHED" : "SCHEDULED";
          UUID visit = x.id("visit", key);
          x.rows.add(
              "visit",
              visit,
              "SERVICE",
              o.customer().id(),
              o.site().id(),
              wo,
              t.userId(),
              start,
              Math.min(o.minutes(), 120),
              start.minusMinutes(30),
              start.plusMinutes(90),
              status,
              null,
              start.minusDays(2));
          transition(x, visit, null, "SCHEDULED", start.minusDays(3));
          if (status.equals("DISPATCHED")) {
            transition(x, visit, "SCHEDULED", "DISPATCHED", start.minusDays(1));
          }
        }
      }
    }
    for (UserSpec rep : x.tenant.users()) {
      if (rep.roles().contains(Role.SALES_REP)
          && !x.customersIn(rep.territoryCodes().get(0)).isEmpty()) {
        sales(x, rep);
      }
    }
  }

  private static void sales(DemoContext x, UserSpec rep) {
    List<DemoContext.Customer> mine = x.customersIn(rep.territoryCodes().get(0));
    UUID user = ServiceDemoIds.user(x.tenant, rep.key());
    for (int i = 0; i < 6; i++) {
      int day = 1 + 2 * i;
      if (x.today.plusDays(day).getDayOfWeek().getValue() > 5) {
        day++;
      }
      DemoContext.Customer c = x.pick(mine);
      OffsetDateTime start = x.at(day, 11, 0);
      UUID visit = x.id("visit", rep.key() + "-sales-" + i);
      x.rows.add(
          "visit",
          visit,
          "SALES",
          c.id(),
          c.sites().get(0).id(),
          null,
          user,
          start,
          60,
          start.minusMinutes(15),
          start.plusMinutes(45),
          "SCHEDULED",
          null,
          start.minusDays(3));
      transition(x, visit, null, "SCHEDULED", start.minusDays(3));
    }
  }

  static void transition(DemoContext x, UUID visit, String from, String to, OffsetDateTime at) {
    x.rows.add(
        "visit_transition",
        x.id("transition", visit + "-" + to),
        visit,
        from,
        to,
        to.equals("INCOMPLETE") || to.equals("CANCELLED") ? "Customer not at home" : null,
        at,
        null);
  }
}
