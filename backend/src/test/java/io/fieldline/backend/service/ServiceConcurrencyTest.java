package io.fieldline.backend.service;

import static io.fieldline.backend.support.ServiceFlow.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.Gql;
import io.fieldline.backend.support.ServiceFlow;
import io.fieldline.backend.support.TenantSql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Races the database must settle: overlapping generator runs, withdrawals of the last parts. */
@QuarkusTest
class ServiceConcurrencyTest {
  @Inject DevTokenVerifier tokens;
  @Inject Pool pool;

  @Test
  void overlappingGeneratorRunsCreateEachOccurrenceOnce() throws Exception {
    ServiceFlow flow = new ServiceFlow(tokens);
    TenantSql db = new TenantSql(pool, DemoIdentity.ACME.id());
    LocalDate first = LocalDate.now(ZoneOffset.UTC).minusMonths(24).withDayOfMonth(10);
    Map<String, Object> input = new java.util.HashMap<>();
    input.put("name", "Monthly filter change");
    input.put("accountId", ServiceFlow.account0());
    input.put("siteId", ServiceFlow.site0());
    input.put("assetId", ServiceFlow.asset0());
    input.put("intervalMonths", 1);
    input.put("firstDueOn", first.toString());
    input.put("leadDays", 30);
    input.put("requiredSkills", List.of(Map.of("skillCode", "HVAC", "minLevel", 2)));
    UUID plan =
        UUID.fromString(
            ok(Gql.post(
                    flow.token("admin"), "service/createMaintenancePlan", Map.of("input", input)))
                .getString("data.createMaintenancePlan.id"));
    long expected = 0;
    for (LocalDate d = first;
        !d.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(30));
        d = d.plusMonths(1)) {
      expected++;
    }

    List<JsonPath> runs =
        concurrently(
            4, () -> ok(Gql.post(flow.token("admin"), "service/generateMaintenanceWorkOrders")));

    List<String> created = new ArrayList<>();
    runs.forEach(r -> created.addAll(r.getList("data.generateMaintenanceWorkOrders.workOrderIds")));
    assertThat(new HashSet<>(created)).as("no id reported twice").hasSize(created.size());
    assertThat(db.count("work_order", "maintenance_plan_id = $1", plan)).isEqualTo(expected);
    assertThat(
            db.number(
                "select count(distinct plan_occurrence) from work_order where maintenance_plan_id = $1",
                plan))
        .isEqualTo(expected);
    assertThat(
            db.count(
                "work_order_skill s join work_order w on w.id = s.work_order_id",
                "w.maintenance_plan_id = $1",
                plan))
        .isEqualTo(expected);
    assertThat(created.stream().filter(id -> isOfPlan(db, id, plan)).count()).isEqualTo(expected);
    // and a later run finds nothing left to do for the plan
    JsonPath again = ok(Gql.post(flow.token("admin"), "service/generateMaintenanceWorkOrders"));
    assertThat(
            again.getList("data.generateMaintenanceWorkOrders.workOrderIds", String.class).stream()
                .filter(id -> isOfPlan(db, id, plan)))
        .isEmpty();
  }

  @Test
  void twoVisitsRacingForTheLastPartsCannotBothTakeThem() throws Exception {
    ServiceFlow flow = new ServiceFlow(tokens);
    String tech = flow.token("tech5");
    String part =
        io.fieldline.backend.service.demo.ServiceDemoIds.part(DemoIdentity.ACME, 11).toString();
    String first = flow.visitAt("tech5", "ON_SITE");
    String second = flow.visitAt("tech5", "ON_SITE");
    BigDecimal held = held(tech, part);
    assertThat(held).isPositive();

    List<JsonPath> results =
        concurrently(
            2,
            new Supplier<>() {
              private final java.util.concurrent.atomic.AtomicInteger n =
                  new java.util.concurrent.atomic.AtomicInteger();

              @Override
              public JsonPath get() {
                String visit = n.getAndIncrement() == 0 ? first : second;
                return Gql.post(
                        tech,
                        "service/usePart",
                        Map.of("visitId", visit, "productId", part, "quantity", held))
                    .statusCode(200)
                    .extract()
                    .jsonPath();
              }
            });

    long refused =
        results.stream()
            .filter(r -> "INSUFFICIENT_STOCK".equals(r.getString("errors[0].extensions.code")))
            .count();
    long taken = results.stream().filter(r -> r.getList("errors") == null).count();
    assertThat(taken).isEqualTo(1);
    assertThat(refused).isEqualTo(1);
    assertThat(held(tech, part)).isEqualByComparingTo(BigDecimal.ZERO);
  }

  private static boolean isOfPlan(TenantSql db, String workOrder, UUID plan) {
    return db.count(
            "work_order", "id = $1 and maintenance_plan_id = $2", UUID.fromString(workOrder), plan)
        == 1;
  }

  private static BigDecimal held(String token, String part) {
    List<Map<String, Object>> levels =
        ok(Gql.post(token, "service/vanStock")).getList("data.vanStock");
    return levels.stream()
        .filter(l -> part.equals(((Map<?, ?>) l.get("product")).get("id")))
        .map(l -> new BigDecimal(String.valueOf(l.get("quantity"))))
        .findFirst()
        .orElse(BigDecimal.ZERO);
  }

  /** Runs {@code n} calls at once (released together) and waits for all of them. */
  private static <T> List<T> concurrently(int n, Supplier<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch ready = new CountDownLatch(n);
      CountDownLatch go = new CountDownLatch(1);
      List<CompletableFuture<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(
            CompletableFuture.supplyAsync(
                () -> {
                  ready.countDown();
                  try {
                    go.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                  }
                  return call.get();
                },
                pool));
      }
      ready.await();
      go.countDown();
      List<T> out = new ArrayList<>();
      for (CompletableFuture<T> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
