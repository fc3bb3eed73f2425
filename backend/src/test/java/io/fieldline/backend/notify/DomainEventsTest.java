package io.fieldline.backend.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.support.notify.NotifyFixtures;
import io.fieldline.backend.tenancy.TenantTx;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Both ways of appending store the payload as a JSON object the dispatcher and SQL can read. */
@QuarkusTest
class DomainEventsTest {
  @Inject Pool pool;
  @Inject DomainEvents events;
  @Inject Vertx vertx;

  private static DomainEvent event(UUID aggregate) {
    return new DomainEvent(
        "visit",
        aggregate,
        "VISIT_ASSIGNED",
        NotificationPayload.builder()
            .notify(List.of(aggregate))
            .urgent(true)
            .field("customerName", "Acme")
            .build(),
        null);
  }

  @Test
  void onAPlainSqlConnection() {
    UUID aggregate = UUID.randomUUID();
    TenantTx.sql(pool, NotifyFixtures.ACME, c -> events.append(c, event(aggregate)))
        .await()
        .atMost(Duration.ofSeconds(10));
    assertStoredAsObject(aggregate);
  }

  @Test
  void inAPanacheTransaction() throws Exception {
    UUID aggregate = UUID.randomUUID();
    // Hibernate Reactive runs on a safe Vert.x sub-context, as it does inside a request
    Context context = VertxContext.getOrCreateDuplicatedContext(vertx);
    VertxContextSafetyToggle.setContextSafe(context, true);
    CompletableFuture<Void> done = new CompletableFuture<>();
    context.runOnContext(
        v ->
            TenantTx.run(NotifyFixtures.ACME, () -> events.append(event(aggregate)))
                .subscribe()
                .with(done::complete, done::completeExceptionally));
    done.get(10, TimeUnit.SECONDS);
    assertStoredAsObject(aggregate);
  }

  private void assertStoredAsObject(UUID aggregate) {
    Row row =
        TenantTx.sql(
                pool,
                NotifyFixtures.ACME,
                c ->
                    c.preparedQuery(
                            "select jsonb_typeof(payload) as type, payload->>'customerName' as name,"
                                + " payload->'urgent' = 'true'::jsonb as urgent,"
                                + " payload->'notifyUserIds'->>0 as first"
                                + " from domain_event where aggregate_id = $1")
                        .execute(Tuple.of(aggregate)))
            .await()
            .atMost(Duration.ofSeconds(10))
            .iterator()
            .next();
    assertThat(row.getString("type")).isEqualTo("object");
    assertThat(row.getString("name")).isEqualTo("Acme");
    assertThat(row.getBoolean("urgent")).isTrue();
    assertThat(row.getString("first")).isEqualTo(aggregate.toString());
  }
}
