package io.fieldline.backend.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.demo.DemoIdentity;
import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.DemoUsers;
import io.fieldline.backend.support.Gql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * With one pooled connection shared by every request, alternating tenants never see each other's
 * rows: the tenant setting is transaction-local and dies with each transaction.
 */
@QuarkusTest
@TestProfile(SingleConnectionProfile.class)
class SingleConnectionIsolationTest {
  private static final int REQUESTS = 1_000;

  @Inject DevTokenVerifier tokens;
  @Inject Pool pool;

  @Test
  void thousandAlternatingRequestsOfTwoTenantsNeverMix() {
    DemoUsers users = new DemoUsers(tokens);
    String acme = users.acme("admin");
    String globex = users.globex("admin");
    Set<String> acmeCodes = codes(DemoIdentity.ACME);
    Set<String> globexCodes = codes(DemoIdentity.GLOBEX);
    for (int i = 0; i < REQUESTS; i++) {
      boolean isAcme = i % 2 == 0;
      List<String> seen =
          Gql.post(isAcme ? acme : globex, "territories")
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("data.territories.code", String.class);
      assertThat(Set.copyOf(seen))
          .as("request %d (%s)", i, isAcme ? "acme" : "globex")
          .isEqualTo(isAcme ? acmeCodes : globexCodes);
    }
  }

  @Test
  void theSharedConnectionCarriesNoTenantIntoTheNextTransaction() {
    TenantTx.sql(pool, DemoIdentity.ACME.id(), c -> c.query("select 1").execute())
        .await()
        .indefinitely();
    String setting =
        pool.withTransaction(
                c ->
                    c.query("select coalesce(current_setting('app.tenant_id', true), '')")
                        .execute())
            .await()
            .indefinitely()
            .iterator()
            .next()
            .getString(0);
    assertThat(setting).isEmpty();
    long users =
        pool.withTransaction(c -> c.query("select count(*) from app_user").execute())
            .await()
            .indefinitely()
            .iterator()
            .next()
            .getLong(0);
    assertThat(users).isZero();
  }

  private static Set<String> codes(DemoIdentity.TenantSpec tenant) {
    return tenant.territories().stream()
        .map(DemoIdentity.TerritorySpec::code)
        .collect(Collectors.toSet());
  }
}
