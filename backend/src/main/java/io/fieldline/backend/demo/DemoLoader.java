package io.fieldline.backend.demo;

import io.fieldline.backend.demo.DemoIdentity.TenantSpec;
import io.fieldline.backend.demo.DemoIdentity.TerritorySpec;
import io.fieldline.backend.demo.DemoIdentity.UserSpec;
import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.tenancy.TenantTx;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the demo tenants at start (when {@code fieldline.demo.enabled}) and prints a development
 * token for every demo user. Idempotent: a tenant that exists is left as it is.
 */
@ApplicationScoped
public class DemoLoader {
  private static final Logger LOG = Logger.getLogger(DemoLoader.class);

  @Inject Pool pool;
  @Inject DevTokenVerifier tokens;
  @Inject Instance<DemoSeeder> seeders;

  @ConfigProperty(name = "fieldline.demo.enabled")
  boolean enabled;

  void onStart(@Observes StartupEvent event) throws Throwable {
    if (!enabled) {
      return;
    }
    for (TenantSpec tenant : DemoIdentity.TENANTS) {
      VertxContextSupport.subscribeAndAwait(() -> load(tenant));
    }
    printTokens();
  }

  /**
   * Writes the tenant (territories, users) unless it exists, then runs every seeder that has not
   * run for it yet, all in one transaction.
   */
  public Uni<Void> load(TenantSpec tenant) {
    return TenantTx.sql(
        pool,
        tenant.id(),
        c ->
            c.preparedQuery("select 1 from tenant where id = $1")
                .execute(Tuple.of(tenant.id()))
                .chain(
                    rows ->
                        rows.size() > 0 ? Uni.createFrom().voidItem() : writeIdentity(c, tenant))
                .chain(() -> runSeeders(c, tenant)));
  }

  private Uni<Void> writeIdentity(SqlConnection c, TenantSpec tenant) {
    LOG.infof("Loading demo tenant %s", tenant.slug());
    Uni<?> chain =
        c.preparedQuery("insert into tenant (id, slug, name) values ($1, $2, $3)")
            .execute(Tuple.of(tenant.id(), tenant.slug(), tenant.name()));
    for (TerritorySpec t : tenant.territories()) {
      chain = chain.chain(() -> insertTerritory(c, tenant, t));
    }
    for (UserSpec u : tenant.users()) {
      chain = chain.chain(() -> insertUser(c, tenant, u));
    }
    return chain.replaceWithVoid();
  }

  private Uni<Void> runSeeders(SqlConnection c, TenantSpec tenant) {
    List<DemoSeeder> ordered =
        seeders.stream().sorted(Comparator.comparingInt(DemoSeeder::order)).toList();
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (DemoSeeder seeder : ordered) {
      chain =
          chain.chain(
              () ->
                  c.preparedQuery(
                          "insert into demo_seed (tenant_id, seeder) values ($1, $2)"
                              + " on conflict do nothing")
                      .execute(Tuple.of(tenant.id(), seeder.name()))
                      .chain(
                          inserted -> {
                            if (inserted.rowCount() == 0) {
                              return Uni.createFrom().voidItem();
                            }
                            LOG.infof("Seeding %s demo data for %s", seeder.name(), tenant.slug());
                            return seeder.seed(c, tenant);
                          }));
    }
    return chain;
  }

  private Uni<?> insertTerritory(SqlConnection c, TenantSpec tenant, TerritorySpec t) {
    return c.preparedQuery(
            "insert into territory (id, tenant_id, parent_id, kind, code, name)"
                + " values ($1, $2, $3, $4, $5, $6)")
        .execute(
            Tuple.from(
                new Object[] {
                  DemoIdentity.territoryId(tenant, t.code()),
                  tenant.id(),
                  t.parentCode() == null ? null : DemoIdentity.territoryId(tenant, t.parentCode()),
                  t.kind().name(),
                  t.code(),
                  t.name()
                }));
  }

  private Uni<?> insertUser(SqlConnection c, TenantSpec tenant, UserSpec u) {
    var userId = DemoIdentity.userId(tenant, u.key());
    Uni<?> user =
        c.preparedQuery(
                "insert into app_user (id, tenant_id, email, display_name) values ($1, $2, $3, $4)")
            .execute(
                Tuple.of(
                    userId, tenant.id(), DemoIdentity.email(tenant, u.key()), u.displayName()));
    Uni<?> roles =
        Multi.createFrom()
            .iterable(u.roles())
            .onItem()
            .transformToUniAndConcatenate(
                role ->
                    c.preparedQuery(
                            "insert into user_role (tenant_id, user_id, role) values ($1, $2, $3)")
                        .execute(Tuple.of(tenant.id(), userId, role.name())))
            .collect()
            .last();
    Uni<?> territories =
        Multi.createFrom()
            .iterable(u.territoryCodes())
            .onItem()
            .transformToUniAndConcatenate(
                code ->
                    c.preparedQuery(
                            "insert into user_territory (tenant_id, user_id, territory_id)"
                                + " values ($1, $2, $3)")
                        .execute(
                            Tuple.of(tenant.id(), userId, DemoIdentity.territoryId(tenant, code))))
            .collect()
            .last();
    return user.chain(() -> roles).chain(() -> territories);
  }

  private void printTokens() {
    StringBuilder out = new StringBuilder("\n=== Fieldline demo users (development tokens) ===\n");
    for (TenantSpec tenant : DemoIdentity.TENANTS) {
      for (UserSpec u : tenant.users()) {
        out.append(
            String.format(
                "%-8s %-26s %-12s Bearer %s%n",
                tenant.slug(),
                DemoIdentity.email(tenant, u.key()),
                u.roles().get(0),
                tokens.issue(tenant.id(), DemoIdentity.userId(tenant, u.key()))));
      }
    }
    LOG.info(out);
  }
}
