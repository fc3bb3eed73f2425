package io.fieldline.backend.service.graphql;

import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.graphql.read.VisitReader;
import io.fieldline.backend.service.graphql.view.VisitView;
import io.fieldline.backend.service.service.ServiceDb;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads a visit back after a mutation changed it (in a fresh transaction). */
@ApplicationScoped
public class VisitViews {
  private final ServiceDb db;
  private final VisitReader visits;

  public VisitViews(ServiceDb db, VisitReader visits) {
    this.db = db;
    this.visits = visits;
  }

  public Uni<VisitView> after(ServiceScope scope, Uni<?> change, UUID id) {
    return change.chain(() -> find(scope, id));
  }

  public Uni<VisitView> find(ServiceScope scope, UUID id) {
    return Found.orNotFound(db.tx(scope, c -> visits.find(c, scope, id)), "Visit", id);
  }
}
