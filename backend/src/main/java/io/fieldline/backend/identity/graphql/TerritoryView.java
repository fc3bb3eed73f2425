package io.fieldline.backend.identity.graphql;

import io.fieldline.backend.identity.Territory;
import io.fieldline.backend.identity.TerritoryKind;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A territory node as the API shows it. */
@Type("Territory")
public record TerritoryView(
    @Id @NonNull UUID id,
    @NonNull TerritoryKind kind,
    @NonNull String code,
    @NonNull String name,
    @Id UUID parentId) {

  static TerritoryView of(Territory t) {
    return new TerritoryView(t.id, t.kind, t.code, t.name, t.parentId);
  }
}
