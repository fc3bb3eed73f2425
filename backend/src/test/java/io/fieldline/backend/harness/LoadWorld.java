package io.fieldline.backend.harness;

import io.fieldline.backend.identity.auth.DevTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The field side of a load run on top of a {@link HarnessWorld}: technicians (each in the first
 * rep's territory, with a van), a site per technician at one of the reps' accounts, one checklist
 * template, and DISPATCHED visits of today (each with its work order). A dispatcher publishes more
 * visits during the run ({@link #publish}); they reach the technician's scope by the capture
 * triggers like a published plan does.
 */
final class LoadWorld {
  final HarnessWorld world;
  final List<Tech> techs = new ArrayList<>();
  final UUID template;
  private final Random random;

  /** A technician: user (as a {@link HarnessWorld.Rep} for tokens and devices), account, site. */
  record Tech(HarnessWorld.Rep user, UUID account, UUID site) {}

  private LoadWorld(HarnessWorld world, long seed) {
    this.world = world;
    this.random = new Random(seed ^ 0x5eed);
    this.template = world.uuid();
  }

  static LoadWorld seed(HarnessWorld world, long seed, int technicians, int visitsEach) {
    LoadWorld w = new LoadWorld(world, seed);
    world.sql(
        "insert into checklist_template (id, work_order_type, version, name)"
            + " values (?, 'MAINTENANCE', 1, 'Service')",
        w.template);
    Instant expiry = Instant.now().plus(Duration.ofDays(2));
    for (int t = 0; t < technicians; t++) {
      HarnessWorld.Rep rep = world.reps.get(t % world.reps.size());
      UUID user = world.uuid();
      UUID van = world.uuid();
      UUID site = world.uuid();
      UUID account = rep.accounts().get(t % rep.accounts().size());
      world.sql(
          "insert into app_user (id, tenant_id, email, display_name) values (?, ?, ?, ?)",
          user,
          world.tenant,
          "tech" + t + "@load.example",
          "Tech " + t);
      world.sql(
          "insert into user_role (tenant_id, user_id, role) values (?, ?, 'TECHNICIAN')",
          world.tenant,
          user);
      world.sql("insert into stock_location (id, kind, name) values (?, 'VAN', 'Van')", van);
      world.sql(
          "insert into technician (user_id, territory_id, home_latitude, home_longitude,"
              + " van_location_id) values (?, ?, 55.0, -1.6, ?)",
          user,
          rep.territory(),
          van);
      world.sql(
          "insert into site (id, account_id, name, city) values (?, ?, ?, 'Newcastle')",
          site,
          account,
          "Site " + t);
      Tech tech =
          new Tech(
              new HarnessWorld.Rep(
                  user,
                  rep.territory(),
                  List.of(account),
                  DevTokens.issue(ServiceSupervisor.TOKEN_SECRET, world.tenant, user, expiry)),
              account,
              site);
      w.techs.add(tech);
      for (int v = 0; v < visitsEach; v++) {
        w.publish(tech);
      }
    }
    return w;
  }

  /**
   * A dispatcher publishes a new DISPATCHED visit of today (and its work order) to a technician.
   */
  void publish(Tech tech) {
    UUID workOrder = world.uuid();
    UUID visit = world.uuid();
    Instant start =
        Instant.now().truncatedTo(ChronoUnit.HOURS).plus(random.nextInt(8), ChronoUnit.HOURS);
    world.tx(
        c -> {
          try (var p =
              c.prepareStatement(
                  "insert into work_order (id, account_id, site_id, type, priority, title,"
                      + " sla_due_at, estimated_minutes, status, origin, checklist_template_id)"
                      + " values (?, ?, ?, 'MAINTENANCE', 'NORMAL', 'Service',"
                      + " now() + interval '3 days', 60, 'SCHEDULED', 'PHONE', ?)")) {
            p.setObject(1, workOrder);
            p.setObject(2, tech.account());
            p.setObject(3, tech.site());
            p.setObject(4, template);
            p.execute();
          }
          try (var p =
              c.prepareStatement(
                  "insert into visit (id, kind, account_id, site_id, work_order_id,"
                      + " assignee_user_id, scheduled_start, duration_minutes,"
                      + " arrival_window_start, arrival_window_end, status) values (?, 'SERVICE',"
                      + " ?, ?, ?, ?, ?::timestamptz, 60, ?::timestamptz - interval '1 hour',"
                      + " ?::timestamptz + interval '1 hour', 'DISPATCHED')")) {
            p.setObject(1, visit);
            p.setObject(2, tech.account());
            p.setObject(3, tech.site());
            p.setObject(4, workOrder);
            p.setObject(5, tech.user().user());
            p.setString(6, start.toString());
            p.setString(7, start.toString());
            p.setString(8, start.toString());
            p.execute();
          }
        });
  }

  /** A random technician, for the dispatcher. */
  Tech anyTech() {
    return techs.get(random.nextInt(techs.size()));
  }
}
