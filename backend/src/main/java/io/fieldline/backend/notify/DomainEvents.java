package io.fieldline.backend.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Appends domain events to the outbox. Call inside a tenant transaction ({@code TenantTx}); the
 * event commits or rolls back with the change it describes.
 */
@ApplicationScoped
public class DomainEvents {
  // The payload is bound as text and cast: a String bound to a jsonb parameter directly is stored
  // as a JSON string ("{...}") by both the reactive driver and Hibernate Reactive.
  private static final String INSERT =
      "insert into domain_event (id, aggregate_type, aggregate_id, event_type, payload, actor_user_id)"
          + " values (%s, %s, %s, %s, cast(cast(%s as text) as jsonb), %s)";

  private final ObjectMapper json;

  public DomainEvents(ObjectMapper json) {
    this.json = json;
  }

  /** Appends within the current Hibernate Reactive (Panache) transaction. */
  public Uni<Void> append(DomainEvent event) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(
                        String.format(
                            INSERT, ":id", ":type", ":aggregate", ":event", ":payload", ":actor"))
                    .setParameter("id", UUID.randomUUID())
                    .setParameter("type", event.aggregateType())
                    .setParameter("aggregate", event.aggregateId())
                    .setParameter("event", event.eventType())
                    .setParameter("payload", toJson(event))
                    .setParameter("actor", event.actorUserId())
                    .executeUpdate())
        .replaceWithVoid();
  }

  /** Appends on a plain SQL connection that is inside a tenant transaction. */
  public Uni<Void> append(SqlConnection connection, DomainEvent event) {
    return connection
        // $5 as text: a String bound straight to a jsonb parameter is stored as a JSON string
        .preparedQuery(String.format(INSERT, "$1", "$2", "$3", "$4", "$5::text", "$6"))
        .execute(
            Tuple.from(
                new Object[] {
                  UUID.randomUUID(),
                  event.aggregateType(),
                  event.aggregateId(),
                  event.eventType(),
                  toJson(event),
                  event.actorUserId()
                }))
        .replaceWithVoid();
  }

  private String toJson(DomainEvent event) {
    try {
      return json.writeValueAsString(event.payload());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Event payload is not serialisable: " + event.eventType(), e);
    }
  }
}
