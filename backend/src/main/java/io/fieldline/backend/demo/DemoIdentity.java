package io.fieldline.backend.demo;

import io.fieldline.backend.identity.Role;
import io.fieldline.backend.identity.TerritoryKind;
import java.util.List;
import java.util.UUID;

/**
 * The demo tenants' organisation: a territory tree and one or more users of every role. Plain data;
 * {@link DemoLoader} writes it.
 */
public final class DemoIdentity {
  private DemoIdentity() {}

  /** A demo tenant. */
  public record TenantSpec(
      String slug, String name, List<TerritorySpec> territories, List<UserSpec> users) {
    public UUID id() {
      return DemoIds.of("tenant", slug);
    }
  }

  /** A territory node; {@code parentCode} is null for regions. */
  public record TerritorySpec(String code, String name, TerritoryKind kind, String parentCode) {}

  /** A demo user with roles and assigned territory codes. */
  public record UserSpec(
      String key, String displayName, List<Role> roles, List<String> territoryCodes) {}

  public static final TenantSpec ACME =
      new TenantSpec(
          "acme",
          "Acme Field Services",
          List.of(
              new TerritorySpec("NORTH", "North", TerritoryKind.REGION, null),
              new TerritorySpec("NORTH-EAST", "North-East", TerritoryKind.AREA, "NORTH"),
              new TerritorySpec("NORTH-WEST", "North-West", TerritoryKind.AREA, "NORTH"),
              new TerritorySpec("NE-1", "Newcastle", TerritoryKind.TERRITORY, "NORTH-EAST"),
              new TerritorySpec("NE-2", "Durham", TerritoryKind.TERRITORY, "NORTH-EAST"),
              new TerritorySpec("NW-1", "Manchester", TerritoryKind.TERRITORY, "NORTH-WEST"),
              new TerritorySpec("SOUTH", "South", TerritoryKind.REGION, null),
              new TerritorySpec("SOUTH-CENTRAL", "South-Central", TerritoryKind.AREA, "SOUTH"),
              new TerritorySpec("SC-1", "Reading", TerritoryKind.TERRITORY, "SOUTH-CENTRAL")),
          List.of(
              new UserSpec("admin", "Ada Admin", List.of(Role.ADMIN), List.of()),
              new UserSpec("manager", "Max Manager", List.of(Role.MANAGER), List.of("NORTH")),
              new UserSpec(
                  "manager-ne", "Nina Area-Manager", List.of(Role.MANAGER), List.of("NORTH-EAST")),
              new UserSpec(
                  "dispatcher", "Dora Dispatcher", List.of(Role.DISPATCHER), List.of("NORTH-EAST")),
              new UserSpec("tech1", "Tom Technician", List.of(Role.TECHNICIAN), List.of("NE-1")),
              new UserSpec("tech2", "Tess Technician", List.of(Role.TECHNICIAN), List.of("NE-2")),
              new UserSpec("rep1", "Rita Rep", List.of(Role.SALES_REP), List.of("NE-1")),
              new UserSpec("rep2", "Ron Rep", List.of(Role.SALES_REP), List.of("NW-1"))));

  public static final TenantSpec GLOBEX =
      new TenantSpec(
          "globex",
          "Globex Maintenance",
          List.of(
              new TerritorySpec("WEST", "West", TerritoryKind.REGION, null),
              new TerritorySpec("WEST-COAST", "West Coast", TerritoryKind.AREA, "WEST"),
              new TerritorySpec("WC-1", "Bristol", TerritoryKind.TERRITORY, "WEST-COAST")),
          List.of(
              new UserSpec("admin", "Gus Admin", List.of(Role.ADMIN), List.of()),
              new UserSpec("tech1", "Gwen Technician", List.of(Role.TECHNICIAN), List.of("WC-1"))));

  public static final List<TenantSpec> TENANTS = List.of(ACME, GLOBEX);

  public static UUID userId(TenantSpec tenant, String key) {
    return DemoIds.of("user", tenant.slug() + "/" + key);
  }

  public static UUID territoryId(TenantSpec tenant, String code) {
    return DemoIds.of("territory", tenant.slug() + "/" + code);
  }

  public static String email(TenantSpec tenant, String key) {
    return key + "@" + tenant.slug() + ".example";
  }
}
