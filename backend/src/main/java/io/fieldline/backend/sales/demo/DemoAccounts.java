package io.fieldline.backend.sales.demo;

import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.demo.DemoIdentity.TenantSpec;
import io.fieldline.backend.demo.DemoIdentity.TerritorySpec;
import io.fieldline.backend.demo.DemoIdentity.UserSpec;
import io.fieldline.backend.identity.Role;
import io.fieldline.backend.identity.TerritoryKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The demo accounts as plain data, the same on every run (seeded random): accounts spread over the
 * tenant's leaf territories, owned by the territory's rep (else the admin). The first is the key
 * account with its own price book.
 */
final class DemoAccounts {
  static final String[] FIRST = {
    "North", "Tyne", "Wear", "Pennine", "Castle", "River", "Quay", "Bridge", "Harbour", "Moor",
    "Valley", "Oak", "Stone", "Iron", "Bright", "Summit"
  };
  static final String[] SECOND = {
    "Foods",
    "Hotels",
    "Bistro",
    "Tools",
    "Works",
    "Academy",
    "Engineering",
    "Markets",
    "Inn",
    "Supplies",
    "Kitchens",
    "Logistics",
    "Retail",
    "Plastics"
  };
  static final String[] LEAVES = {
    "SUPERMARKETS", "HARDWARE", "HOTELS", "RESTAURANTS", "MANUFACTURING", "SCHOOLS"
  };
  static final Map<String, double[]> CENTRES =
      Map.of(
          "NE-1",
          new double[] {54.978, -1.617},
          "NE-2",
          new double[] {54.776, -1.575},
          "NW-1",
          new double[] {53.480, -2.242},
          "SC-1",
          new double[] {51.454, -0.978},
          "WC-1",
          new double[] {51.454, -2.587});

  /** One demo account. */
  record DemoAccount(
      int index,
      UUID id,
      String name,
      String territoryCode,
      UUID territoryId,
      UUID ownerId,
      String category,
      String grade,
      String lifecycle,
      double lat,
      double lon) {}

  private DemoAccounts() {}

  /** The tenant's demo accounts: 75 per leaf territory for acme, 20 elsewhere. */
  static List<DemoAccount> of(TenantSpec tenant, DemoCatalog cat) {
    Random random = new Random(("accounts:" + tenant.slug()).hashCode());
    int perTerritory = tenant.slug().equals("acme") ? 75 : 20;
    List<DemoAccount> accounts = new ArrayList<>();
    for (TerritorySpec t : tenant.territories()) {
      if (t.kind() != TerritoryKind.TERRITORY) {
        continue;
      }
      double[] centre = CENTRES.getOrDefault(t.code(), new double[] {52.5, -1.5});
      for (int i = 0; i < perTerritory; i++) {
        int index = accounts.size();
        String name =
            FIRST[random.nextInt(FIRST.length)]
                + " "
                + SECOND[random.nextInt(SECOND.length)]
                + " "
                + (index + 1);
        String category = index == 0 ? "HOTELS" : LEAVES[random.nextInt(LEAVES.length)];
        String grade =
            index == 0 ? "A" : new String[] {"A", "B", "B", "C", "C", "C"}[random.nextInt(6)];
        String lifecycle =
            index == 0
                ? "ACTIVE"
                : new String[] {"PROSPECT", "ACTIVE", "ACTIVE", "ACTIVE", "DORMANT", "LOST"}
                    [random.nextInt(6)];
        accounts.add(
            new DemoAccount(
                index,
                cat.id("account", String.valueOf(index)),
                name,
                t.code(),
                DemoIdentity.territoryId(tenant, t.code()),
                owner(tenant, t.code()),
                category,
                grade,
                lifecycle,
                centre[0] + (random.nextDouble() - 0.5) * 0.2,
                centre[1] + (random.nextDouble() - 0.5) * 0.3));
      }
    }
    return accounts;
  }

  /** The rep assigned to the territory, else the tenant's admin. */
  static UUID owner(TenantSpec tenant, String territoryCode) {
    for (UserSpec u : tenant.users()) {
      if (u.roles().contains(Role.SALES_REP) && u.territoryCodes().contains(territoryCode)) {
        return DemoIdentity.userId(tenant, u.key());
      }
    }
    return DemoIdentity.userId(tenant, "admin");
  }
}
