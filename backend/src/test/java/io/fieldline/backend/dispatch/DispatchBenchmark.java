package io.fieldline.backend.dispatch;

import static io.fieldline.backend.dispatch.DispatchFlowTest.weekday;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.DemoUsers;
import io.fieldline.backend.support.Gql;
import io.fieldline.backend.tenancy.TenantTx;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: excluded from the suite (tag {@code benchmark}); run it with {@code ./mvnw
 * -B -pl backend -am verify -Pbench-dispatch}. Seeds a territory of 50 technicians x 5 days (6
 * visits a shift, 150 open work orders), times the board over HTTP (after a warm-up), then times
 * optimise-to-publish of the demo territory NE-1's next working day. Prints the figures and writes
 * them to target/dispatch-bench.txt.
 */
@QuarkusTest
@Tag("benchmark")
class DispatchBenchmark {
  static final UUID ACME = DemoIdentity.ACME.id();

  @Inject Pool pool;
  @Inject DevTokenVerifier tokens;
  @Inject ObjectMapper json;

  @TestHTTPResource("/graphql")
  URL graphql;

  private final com.sun.management.OperatingSystemMXBean cpu =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private int bodySize;

  private void sql(String sql, Tuple args) {
    TenantTx.sql(pool, ACME, c -> c.preparedQuery(sql).execute(args))
        .await()
        .atMost(Duration.ofMinutes(2));
  }

  private UUID seed(LocalDate from) {
    UUID territory = UUID.randomUUID();
    UUID parent = DemoIdentity.territoryId(DemoIdentity.ACME, "NORTH-EAST");
    String tag = territory.toString().substring(0, 8);
    sql(
        "insert into territory (id, tenant_id, parent_id, kind, code, name) values ($1, $2, $3, 'TERRITORY', $4, $4)",
        Tuple.of(territory, ACME, parent, "BENCH-" + tag));
    sql(
        "create temp table if not exists bench_t (n int, id uuid, van uuid) on commit drop",
        Tuple.tuple());
    // 50 technicians with users, vans, skills
    sql(
        """
        with t as (select n, md5($1 || 't' || n)::uuid as id, md5($1 || 'v' || n)::uuid as van from generate_series(1, 50) n),
        u as (insert into app_user (id, tenant_id, email, display_name) select id, $2, 'bench-' || $1 || '-' || n || '@acme.example', 'Bench Tech ' || n from t),
        r as (insert into user_role (tenant_id, user_id, role) select $2, id, 'TECHNICIAN' from t),
        s as (insert into stock_location (id, kind, name) select van, 'VAN', 'Bench van ' || n from t)
        select 1
        """,
        Tuple.of(tag, ACME));
    sql(
        """
        insert into technician (user_id, territory_id, home_latitude, home_longitude, van_location_id)
        select md5($2 || 't' || n)::uuid, $1, 54.9 + (n % 10) * 0.01, -1.6 + (n / 10) * 0.01, md5($2 || 'v' || n)::uuid
          from generate_series(1, 50) n
        """,
        Tuple.of(territory, tag));
    sql(
        "insert into technician_skill (technician_id, skill_code, level) select md5($1 || 't' || n)::uuid, 'HVAC', 4 from generate_series(1, 50) n",
        Tuple.of(tag));
    sql(
        """
        insert into technician_shift (id, technician_id, starts_at, ends_at)
        select md5($1 || 's' || n || '-' || d)::uuid, md5($1 || 't' || n)::uuid,
               ($2::date + d) + time '08:00', ($2::date + d) + time '17:00'
          from generate_series(1, 50) n, generate_series(0, 4) d
        """,
        Tuple.of(tag, from));
    sql(
        """
        with a as (insert into account (id, name, territory_id) select md5($1 || 'a' || n)::uuid, 'Bench customer ' || n, $2 from generate_series(1, 100) n returning id)
        insert into site (id, account_id, name, latitude, longitude)
        select md5($1 || 'site' || n)::uuid, md5($1 || 'a' || n)::uuid, 'Site', 54.85 + (n % 20) * 0.01, -1.65 + (n / 20) * 0.02 from generate_series(1, 100) n
        """,
        Tuple.of(tag, territory));
    sql(
        """
        insert into work_order (id, account_id, site_id, type, priority, title, sla_due_at, estimated_minutes, origin, status)
        select md5($1 || 'w' || i)::uuid, md5($1 || 'a' || (i % 100 + 1))::uuid, md5($1 || 'site' || (i % 100 + 1))::uuid,
               'REPAIR', 'NORMAL', 'Bench job ' || i, $2::date + 7, 60, 'PHONE',
               case when i <= 1500 then 'SCHEDULED' else 'OPEN' end
          from generate_series(1, 1650) i
        """,
        Tuple.of(tag, from));
    sql(
        """
        insert into visit (id, kind, account_id, site_id, work_order_id, assignee_user_id, scheduled_start, duration_minutes,
                           arrival_window_start, arrival_window_end, status)
        select md5($1 || 'visit' || i)::uuid, 'SERVICE', md5($1 || 'a' || (i % 100 + 1))::uuid, md5($1 || 'site' || (i % 100 + 1))::uuid,
               md5($1 || 'w' || i)::uuid, md5($1 || 't' || ((i - 1) / 30 + 1))::uuid,
               ($2::date + ((i - 1) / 6) % 5) + time '08:30' + ((i - 1) % 6) * interval '80 minutes', 60,
               ($2::date + ((i - 1) / 6) % 5) + time '08:00' + ((i - 1) % 6) * interval '80 minutes',
               ($2::date + ((i - 1) / 6) % 5) + time '09:30' + ((i - 1) % 6) * interval '80 minutes', 'SCHEDULED'
          from generate_series(1, 1500) i
        """,
        Tuple.of(tag, from));
    return territory;
  }

  /**
   * The board over a plain HTTP client: the time until the whole response body has arrived, without
   * the test client's JSON parsing (REST Assured's Groovy JsonPath took longer than the server on
   * this response).
   */
  private byte[] board(String token, Map<String, Object> variables) throws Exception {
    byte[] request =
        json.writeValueAsBytes(
            Map.of("query", Gql.document("dispatch/board"), "variables", variables));
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(graphql.toURI())
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(request))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new AssertionError("board answered " + response.statusCode());
    }
    bodySize = response.body().length;
    return response.body();
  }

  @Test
  void boardAndOptimiseToPublish() throws Exception {
    LocalDate from = weekday(5);
    UUID territory = seed(from);
    String admin = new DemoUsers(tokens).acme("admin");
    Map<String, Object> vars =
        Map.of(
            "territoryId",
            territory.toString(),
            "from",
            from.toString(),
            "to",
            from.plusDays(4).toString(),
            "queueSize",
            50);
    for (int i = 0; i < 5; i++) {
      board(admin, vars);
    }
    List<Long> millis = new ArrayList<>();
    byte[] body = null;
    long cpu0 = cpu.getProcessCpuTime();
    for (int i = 0; i < 20; i++) {
      long t0 = System.nanoTime();
      body = board(admin, vars);
      millis.add((System.nanoTime() - t0) / 1_000_000);
    }
    long cpuPerRequest = (cpu.getProcessCpuTime() - cpu0) / 20 / 1_000_000;
    int visits = json.readTree(body).at("/data/dispatchBoard/kpis/assignedVisits").asInt();
    List<Long> restAssured = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long t0 = System.nanoTime();
      Gql.post(admin, "dispatch/board", vars)
          .extract()
          .jsonPath()
          .getInt("data.dispatchBoard.kpis.assignedVisits");
      restAssured.add((System.nanoTime() - t0) / 1_000_000);
    }
    Collections.sort(millis);
    Collections.sort(restAssured);
    String boardLine =
        String.format(
            "board 50 technicians x 5 days (%d visits, 50 queue items explained, %d kB): median %d ms, p90 %d ms, max %d ms over 20 requests (HTTP client, whole body read), CPU %d ms per request (this JVM: server and client); through REST Assured with its JSON parsing: median %d ms over 5",
            visits,
            bodySize / 1024,
            millis.get(10),
            millis.get(18),
            millis.get(19),
            cpuPerRequest,
            restAssured.get(2));

    String dispatcher = new DemoUsers(tokens).acme("dispatcher");
    String ne1 = DemoIdentity.territoryId(DemoIdentity.ACME, "NE-1").toString();
    String day = weekday(1).toString();
    long t0 = System.nanoTime();
    String jobId =
        Gql.post(
                dispatcher,
                "dispatch/optimise",
                Map.of("territoryId", ne1, "from", day, "to", day, "timeLimitSeconds", 10))
            .extract()
            .path("data.optimiseTerritory.id");
    String status;
    do {
      Thread.sleep(100);
      status =
          Gql.post(dispatcher, "dispatch/job", Map.of("id", jobId))
              .extract()
              .path("data.dispatchJob.status");
    } while (!"PROPOSED".equals(status) && !"FAILED".equals(status));
    long proposed = (System.nanoTime() - t0) / 1_000_000;
    var published =
        Gql.post(dispatcher, "dispatch/publish", Map.of("jobId", jobId)).extract().jsonPath();
    long total = (System.nanoTime() - t0) / 1_000_000;
    String optLine =
        String.format(
            "optimise-to-publish NE-1 %s (time limit 10 s, unimproved limit as configured): proposed after %d ms, published %s changes after %d ms (%s)",
            day, proposed, published.getString("data.publishPlan.changes"), total, status);
    String load = Files.readString(Path.of("/proc/loadavg")).trim();
    String report = boardLine + "\n" + optLine + "\nload average: " + load + "\n";
    System.out.println("\n=== dispatch benchmark ===\n" + report);
    Files.writeString(Path.of("target/dispatch-bench.txt"), report);
  }
}
