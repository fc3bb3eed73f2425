package io.fieldline.backend.identity.graphql;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.Ids;
import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.identity.Role;
import io.fieldline.backend.identity.Territory;
import io.fieldline.backend.identity.auth.CurrentUser;
import io.fieldline.backend.tenancy.Tenant;
import io.fieldline.backend.tenancy.TenantTx;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Who am I, users and territories. */
@GraphQLApi
public class IdentityApi {
  private final CurrentUser currentUser;
  private final UserReader users;

  public IdentityApi(CurrentUser currentUser, UserReader users) {
    this.currentUser = currentUser;
    this.users = users;
  }

  @Query("me")
  @Description("The signed-in user with roles, territories and tenant.")
  public Uni<@NonNull MeView> me() {
    FieldlinePrincipal p = currentUser.require();
    return TenantTx.run(
        p.tenantId(),
        () ->
            Tenant.<Tenant>findById(p.tenantId())
                .chain(
                    tenant ->
                        users
                            .find(p.userId())
                            .map(
                                user ->
                                    new MeView(
                                        user,
                                        tenant.id,
                                        tenant.name,
                                        p.territoryIds().stream().sorted().toList()))));
  }

  @Query("user")
  @Description(
      "A user of the caller's tenant. Admins and managers see everyone; others themselves.")
  public Uni<@NonNull UserView> user(@Name("id") @Id @NonNull String userId) {
    FieldlinePrincipal p = currentUser.require();
    UUID id = Ids.parse("id", userId);
    if (!p.userId().equals(id) && !p.hasAnyRole(Role.ADMIN, Role.MANAGER)) {
      return Uni.createFrom().failure(ApiException.notFound("User", id));
    }
    return TenantTx.run(p.tenantId(), () -> users.find(id))
        .onItem()
        .ifNull()
        .failWith(() -> ApiException.notFound("User", id));
  }

  @Query("territories")
  @Description("The tenant's territory hierarchy (regions, areas, territories), ordered by code.")
  public Uni<@NonNull List<@NonNull TerritoryView>> territories() {
    FieldlinePrincipal p = currentUser.require();
    return TenantTx.run(
        p.tenantId(),
        () ->
            Territory.<Territory>list("order by code")
                .map(list -> list.stream().map(TerritoryView::of).toList()));
  }
}
