package io.fieldline.backend.service.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Demo customers of field service (own accounts, so the demo does not depend on the sales data):
 * accounts in the tenant's territories, one or two sites each with coordinates, two contacts, and
 * installed assets.
 */
final class DemoCustomers {
  private static final List<String> FIRST =
      List.of(
          "Tyne",
          "Wear",
          "Tees",
          "Durham",
          "Northern",
          "Quayside",
          "Riverside",
          "Castle",
          "Bridge",
          "Harbour",
          "Moor",
          "Valley");
  private static final List<String> SECOND =
      List.of(
          "Dairy",
          "Bakery",
          "Dental",
          "Hotel",
          "Leisure Centre",
          "School",
          "Motors",
          "Brewery",
          "Care Home",
          "Library",
          "Foods",
          "Offices");
  private static final List<String> STREETS =
      List.of(
          "High Street", "Station Road", "Church Lane", "Market Place", "Mill Road", "Park View");
  private static final List<String[]> MODELS =
      List.of(
          new String[] {"ecoTEC plus 835", "Vaillant"},
          new String[] {"Greenstar 8000", "Worcester Bosch"},
          new String[] {"Arotherm plus 7kW", "Vaillant"},
          new String[] {"Daikin Altherma 3", "Daikin"},
          new String[] {"Mitsubishi Ecodan 8.5", "Mitsubishi"},
          new String[] {"Logic Max Combi 30", "Ideal"});
  private static final List<String> PEOPLE =
      List.of("Alex", "Sam", "Jo", "Chris", "Pat", "Robin", "Kim", "Lee", "Morgan", "Jamie");
  private static final List<String> SURNAMES =
      List.of("Armstrong", "Bell", "Charlton", "Dodds", "Elliott", "Forster", "Hall", "Robson");

  private DemoCustomers() {}

  /** Accounts per territory code, in order (account 0 lies in the first territory). */
  static void build(DemoContext x, List<String> territories, int perTerritory) {
    int n = 0;
    for (String territory : territories) {
      for (int i = 0; i < perTerritory; i++) {
        account(x, n++, territory);
      }
    }
  }

  private static void account(DemoContext x, int n, String territory) {
    UUID id = ServiceDemoIds.account(x.tenant, n);
    String name =
        FIRST.get(n % FIRST.size()) + " " + SECOND.get((n / FIRST.size() + n) % SECOND.size());
    x.rows.add(
        "account",
        id,
        name + " (" + x.tenant.slug() + "-" + n + ")",
        name + " Ltd",
        x.pick(List.of("Hospitality", "Education", "Health", "Retail", "Manufacturing")),
        x.pick(List.of("A", "B", "C")),
        "ACTIVE",
        x.territory(territory));
    double[] home = DemoPeople.HOME.get(territory);
    List<DemoContext.SiteSpot> sites = new ArrayList<>();
    int siteCount = n % 3 == 0 ? 2 : 1;
    for (int s = 0; s < siteCount; s++) {
      UUID site = ServiceDemoIds.site(x.tenant, n, s);
      double lat = home[0] + (x.rnd.nextDouble() - 0.5) * 0.2;
      double lon = home[1] + (x.rnd.nextDouble() - 0.5) * 0.3;
      x.rows.add(
          "site",
          site,
          id,
          s == 0 ? "Main site" : "Branch " + s,
          (10 + x.rnd.nextInt(190)) + " " + x.pick(STREETS),
          x.pick(
              List.of(
                  "Newcastle",
                  "Durham",
                  "Sunderland",
                  "Gateshead",
                  "Manchester",
                  "Reading",
                  "Bristol")),
          "NE" + (1 + x.rnd.nextInt(40)) + " " + (1 + x.rnd.nextInt(9)) + "AB",
          "GB",
          lat,
          lon);
      List<UUID> assets = new ArrayList<>();
      int assetCount = 1 + x.rnd.nextInt(3);
      for (int a = 0; a < assetCount; a++) {
        UUID asset = ServiceDemoIds.asset(x.tenant, n, s, a);
        String[] model = x.pick(MODELS);
        LocalDate installed = x.today.minusDays(200 + x.rnd.nextInt(2500));
        x.rows.add(
            "asset",
            asset,
            id,
            site,
            "SN-"
                + x.tenant.slug().toUpperCase()
                + "-"
                + n
                + "-"
                + s
                + "-"
                + a
                + "-"
                + (1000 + x.rnd.nextInt(9000)),
            model[0],
            model[1],
            installed,
            installed.plusYears(x.rnd.nextInt(2) == 0 ? 2 : 5));
        assets.add(asset);
      }
      sites.add(new DemoContext.SiteSpot(site, lat, lon, assets));
    }
    String contactName = null;
    for (int c = 0; c < 2; c++) {
      String first = x.pick(PEOPLE);
      String last = x.pick(SURNAMES);
      contactName = contactName == null ? first + " " + last : contactName;
      x.rows.add(
          "contact",
          ServiceDemoIds.contact(x.tenant, n, c),
          id,
          first,
          last,
          c == 0 ? "Facilities manager" : "Site caretaker",
          first.toLowerCase() + "." + last.toLowerCase() + n + "@customer.example",
          "+44 191 " + (1000000 + x.rnd.nextInt(8999999)),
          c == 0);
    }
    x.customers.add(new DemoContext.Customer(id, territory, sites, contactName));
  }
}
