package io.fieldline.backend.identity.graphql;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.Ids;
import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.identity.Role;
import io.fieldline.backend.identity.auth.CurrentUser;
import io.fieldline.backend.identity.firebase.IdentityLinks;
import io.fieldline.backend.tenancy.TenantTx;
import io.smallrye.mutiny.Uni;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Administration of users' sign-in identities. */
@GraphQLApi
public class IdentityAdminApi {
  private final CurrentUser currentUser;
  private final IdentityLinks links;
  private final UserReader users;

  public IdentityAdminApi(CurrentUser currentUser, IdentityLinks links, UserReader users) {
    this.currentUser = currentUser;
    this.links = links;
    this.users = users;
  }

  @Mutation("linkFirebaseIdentity")
  @Description(
      "Provisioning: lets the Firebase account with this uid sign in as the user (ADMIN only)."
          + " A uid already linked to another user is refused (CONFLICT).")
  public Uni<@NonNull UserView> linkFirebaseIdentity(
      @Name("userId") @Id @NonNull String userId,
      @Name("firebaseUid") @NonNull String firebaseUid) {
    FieldlinePrincipal p = currentUser.requireAny(Role.ADMIN);
    UUID user = Ids.parse("userId", userId);
    if (firebaseUid.isBlank() || firebaseUid.length() > 128) {
      throw ApiException.invalid("firebaseUid", "firebaseUid must have 1 to 128 characters");
    }
    return TenantTx.run(p.tenantId(), () -> users.find(user))
        .onItem()
        .ifNull()
        .failWith(() -> ApiException.notFound("User", user))
        .chain(found -> links.linkFirebase(p.tenantId(), user, firebaseUid).replaceWith(found));
  }
}
