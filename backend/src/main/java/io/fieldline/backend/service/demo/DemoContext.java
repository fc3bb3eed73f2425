package io.fieldline.backend.service.demo;

import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.demo.DemoIdentity.TenantSpec;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * What the demo generators share while building one tenant's field-service data: the tenant, a
 * seeded random source, "today", the rows collected, and the people, customers and catalogue made
 * so far.
 */
final class DemoContext {
  /** A technician of the demo. */
  record Tech(String key, UUID userId, String territory, UUID van, Map<String, Integer> skills) {}

  /** A site of a demo customer, with its assets. */
  record SiteSpot(UUID id, double lat, double lon, List<UUID> assets) {}

  /** A demo customer in a territory, with sites and a contact to sign. */
  record Customer(UUID id, String territory, List<SiteSpot> sites, String contactName) {}

  final TenantSpec tenant;
  final Random rnd;
  final LocalDate today;
  final DemoRows rows = new DemoRows();
  final List<Tech> techs = new ArrayList<>();
  final List<Customer> customers = new ArrayList<>();
  final List<UUID> parts = new ArrayList<>();

  /** Latest checklist template per work-order type, and its items' codes and kinds. */
  final Map<String, DemoCatalog.Template> templates = new HashMap<>();

  DemoContext(TenantSpec tenant, LocalDate today) {
    this.tenant = tenant;
    this.rnd = new Random(tenant.slug().hashCode() * 31L + 5);
    this.today = today;
  }

  UUID territory(String code) {
    return DemoIdentity.territoryId(tenant, code);
  }

  UUID id(String kind, String key) {
    return ServiceDemoIds.id(tenant, kind, key);
  }

  /** {@code today} plus {@code days}, at {@code hour}:{@code minute} UTC. */
  OffsetDateTime at(int days, int hour, int minute) {
    return today.plusDays(days).atTime(hour, minute).atOffset(ZoneOffset.UTC);
  }

  <T> T pick(List<T> from) {
    return from.get(rnd.nextInt(from.size()));
  }

  List<Customer> customersIn(String territory) {
    return customers.stream().filter(c -> c.territory().equals(territory)).toList();
  }

  /** 64 random hex characters (a stand-in content hash of a demo file). */
  String hash() {
    byte[] bytes = new byte[32];
    rnd.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
