package io.fieldline.backend.service.demo;

import io.fieldline.backend.demo.DemoIdentity.TenantSpec;
import io.fieldline.backend.demo.DemoSeeder;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Field-service demo data for each demo tenant: skills, spare parts and checklists; technicians
 * (acme adds tech3-tech5 in the North-East) with calendars and stocked vans; own customers with
 * sites, contacts and assets; a backlog of a few hundred open work orders; cases; maintenance
 * plans; visits across the coming two weeks; and six weeks of history with reports and surveys.
 * Deterministic: fixed ids, a seeded random source, dates relative to the day it runs.
 */
@ApplicationScoped
public class ServiceDemoSeeder implements DemoSeeder {
  private static final Logger LOG = Logger.getLogger(ServiceDemoSeeder.class);

  /** How much of everything a tenant gets. */
  record Size(
      List<String> territories,
      int accountsPerTerritory,
      int backlog,
      int cases,
      int plans,
      int historyDays) {}

  @Override
  public int order() {
    return 300;
  }

  @Override
  public Uni<Void> seed(SqlConnection connection, TenantSpec tenant) {
    DemoContext x = new DemoContext(tenant, LocalDate.now(ZoneOffset.UTC));
    Size size =
        tenant.slug().equals("acme")
            ? new Size(List.of("NE-1", "NE-2", "NW-1", "SC-1"), 9, 170, 40, 12, 42)
            : new Size(List.of("WC-1"), 8, 20, 5, 2, 28);
    DemoCatalog.build(x);
    DemoPeople.build(x);
    DemoCustomers.build(x, size.territories(), size.accountsPerTerritory());
    DemoWork.plans(x, size.plans());
    DemoWork.cases(x, size.cases());
    DemoWork.backlog(x, size.backlog());
    DemoVisits.build(x);
    DemoHistory.build(x, size.historyDays());
    LOG.infof(
        "Field service demo for %s: %d technicians, %d accounts, %d work orders, %d visits",
        tenant.slug(),
        x.rows.count("technician"),
        x.rows.count("account"),
        x.rows.count("work_order"),
        x.rows.count("visit"));
    return x.rows.write(connection);
  }
}
