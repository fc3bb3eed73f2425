package io.fieldline.backend.identity.graphql;

import io.fieldline.backend.identity.AppUser;
import io.fieldline.backend.identity.Role;
import io.fieldline.backend.identity.Territory;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads users with their roles and assigned territories; call inside a tenant transaction. */
@ApplicationScoped
public class UserReader {

  /** The user, or null when no such user is visible in the current tenant. */
  public Uni<UserView> find(UUID id) {
    return AppUser.<AppUser>findById(id)
        .chain(user -> user == null ? Uni.createFrom().nullItem() : view(user));
  }

  private Uni<UserView> view(AppUser user) {
    Uni<List<Role>> roles =
        Panache.getSession()
            .chain(
                s ->
                    s.createNativeQuery(
                            "select role from user_role where user_id = :u order by role",
                            String.class)
                        .setParameter("u", user.id)
                        .getResultList())
            .map(names -> names.stream().map(Role::valueOf).toList());
    Uni<List<TerritoryView>> territories =
        Panache.getSession()
            .chain(
                s ->
                    s.createNativeQuery(
                            "select t.* from territory t join user_territory ut"
                                + " on ut.territory_id = t.id where ut.user_id = :u order by t.code",
                            Territory.class)
                        .setParameter("u", user.id)
                        .getResultList())
            .map(list -> list.stream().map(TerritoryView::of).toList());
    return roles.chain(
        r ->
            territories.map(
                t -> new UserView(user.id, user.email, user.displayName, user.active, r, t)));
  }
}
