package io.fieldline.backend.service.graphql;

import io.fieldline.backend.identity.auth.CurrentUser;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.graphql.read.Batch;
import io.fieldline.backend.service.graphql.read.ViewRows;
import io.fieldline.backend.service.graphql.view.AssetView;
import io.fieldline.backend.service.graphql.view.ContactRef;
import io.fieldline.backend.service.graphql.view.CustomerRef;
import io.fieldline.backend.service.graphql.view.PersonRef;
import io.fieldline.backend.service.graphql.view.SiteRef;
import io.fieldline.backend.service.service.ServiceDb;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Batch lookups shared by the field resolvers of visits, work orders, cases and assets. The parent
 * record was already scope-checked; its customer, site, contacts and asset come with it.
 */
@ApplicationScoped
public class Lookups {
  private final CurrentUser currentUser;
  private final ServiceDb db;

  public Lookups(CurrentUser currentUser, ServiceDb db) {
    this.currentUser = currentUser;
    this.db = db;
  }

  public ServiceScope scope() {
    return ServiceScope.of(currentUser.require());
  }

  /** Runs a read in a tenant transaction of the caller. */
  public <T> Uni<T> read(Function<SqlConnection, Uni<T>> work) {
    return db.tx(scope(), work);
  }

  public Uni<List<CustomerRef>> customers(List<UUID> accountIds) {
    return read(
        c ->
            Batch.one(
                c,
                "select * from account where id = any($1)",
                accountIds,
                "id",
                ViewRows::customer));
  }

  public Uni<List<SiteRef>> sites(List<UUID> siteIds) {
    return read(
        c -> Batch.one(c, "select * from site where id = any($1)", siteIds, "id", ViewRows::site));
  }

  public Uni<List<List<ContactRef>>> contacts(List<UUID> accountIds) {
    return read(
        c ->
            Batch.many(
                c,
                "select * from contact where account_id = any($1)"
                    + " order by is_primary desc, last_name, first_name",
                accountIds,
                "account_id",
                ViewRows::contact));
  }

  public Uni<List<PersonRef>> people(List<UUID> userIds) {
    return read(
        c ->
            Batch.one(
                c, "select * from app_user where id = any($1)", userIds, "id", ViewRows::person));
  }

  public Uni<List<AssetView>> assets(List<UUID> assetIds) {
    return read(
        c ->
            Batch.one(
                c, "select * from asset where id = any($1)", assetIds, "id", ViewRows::asset));
  }
}
