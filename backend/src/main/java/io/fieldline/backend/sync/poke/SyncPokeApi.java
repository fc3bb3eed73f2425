package io.fieldline.backend.sync.poke;

import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.identity.auth.CurrentUser;
import io.fieldline.backend.sync.service.Scopes;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * {@code subscription { syncPoke { position } }} over WebSocket (graphql-transport-ws): the
 * signed-in user's devices are poked when their scope has new changes, then pull. Authenticated
 * with the bearer token of the upgrade request or of {@code connection_init}'s {@code
 * Authorization} member; a user is only ever poked for their own scope of their own tenant.
 */
@GraphQLApi
public class SyncPokeApi {

  private final CurrentUser currentUser;
  private final SyncPokes pokes;

  public SyncPokeApi(CurrentUser currentUser, SyncPokes pokes) {
    this.currentUser = currentUser;
    this.pokes = pokes;
  }

  @Subscription("syncPoke")
  @Description(
      "Emits whenever the caller's sync scope has new changes; the device then pulls. No data"
          + " travels here. Needs a token (UNAUTHENTICATED otherwise).")
  public Multi<@NonNull SyncPoke> syncPoke() {
    FieldlinePrincipal caller = currentUser.require();
    return pokes.subscribe(caller.tenantId(), Scopes.ofUser(caller.userId()));
  }
}
