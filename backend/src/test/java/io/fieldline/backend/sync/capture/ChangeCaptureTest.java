package io.fieldline.backend.sync.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.accounts.Account;
import io.fieldline.backend.support.sync.SyncWorld;
import io.fieldline.backend.sync.store.DomainSink;
import io.fieldline.backend.sync.store.PgSyncStore;
import io.fieldline.backend.tenancy.TenantTx;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.model.StoredRecord;
import io.fieldline.sync.model.Writers;
import io.fieldline.sync.store.LogEntry;
import io.fieldline.sync.wire.Change;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every write of a synced row, by whatever path, updates the record's sync state and appends
 * change-log rows for the scopes holding it, in the same transaction.
 */
@QuarkusTest
class ChangeCaptureTest {

  @Inject DataSource dataSource;

  private SyncWorld world;
  private PgSyncStore store;
  private String rep1Scope;
  private String rep2Scope;

  @BeforeEach
  void world() {
    world = SyncWorld.create(dataSource);
    store = new PgSyncStore(dataSource, world.tenant, Clock.systemUTC(), DomainSink.NONE);
    rep1Scope = "user:" + world.rep1;
    rep2Scope = "user:" + world.rep2;
    world.sql("select sync_open_scope(?, ?)", rep1Scope, world.rep1);
    world.sql("select sync_open_scope(?, ?)", rep2Scope, world.rep2);
  }

  @Test
  void plainSqlWritesAreVersionedFieldByField() {
    UUID account = world.account("Acme", world.t1);
    UUID contact = world.contact(account, "Lee");
    world.sql("update contact set email = 'lee@acme.example', role = null where id = ?", contact);

    StoredRecord record = record("contact", contact);

    assertThat(record.state().version()).isEqualTo(2);
    assertThat(record.state().value("email")).isEqualTo(FieldValue.of("lee@acme.example"));
    assertThat(record.state().fieldVersion("email")).isEqualTo(2);
    assertThat(record.state().fieldVersion("last_name")).isEqualTo(1);
    assertThat(record.writer("email")).isEqualTo(Writers.SERVER);
    assertThat(changes(rep1Scope))
        .extracting(c -> c.getClass().getSimpleName() + " " + key(c))
        .containsExactly(
            "Upsert account/" + account, "Upsert contact/" + contact, "Upsert contact/" + contact);
  }

  @Test
  void aWriteThatChangesNoSyncedFieldLogsNothing() {
    UUID account = world.account("Acme", world.t1);
    int before = changes(rep1Scope).size();

    world.sql("update account set legal_name = 'Acme Holdings plc' where id = ?", account);

    assertThat(record("account", account).state().version()).isEqualTo(1);
    assertThat(changes(rep1Scope)).hasSize(before);
  }

  @Test
  void hibernateWritesAreCapturedToo() throws Throwable {
    UUID id = UUID.randomUUID();
    VertxContextSupport.subscribeAndAwait(
        () ->
            TenantTx.run(
                world.tenant,
                () -> {
                  Account a = new Account();
                  a.id = id;
                  a.name = "Panache Ltd";
                  a.territoryId = world.t1;
                  a.updatedAt = Instant.now();
                  return a.persist();
                }));

    assertThat(record("account", id).state().value("name")).isEqualTo(FieldValue.of("Panache Ltd"));
    assertThat(changes(rep1Scope)).extracting(ChangeCaptureTest::key).contains("account/" + id);
    assertThat(changes(rep2Scope)).isEmpty();
  }

  @Test
  void aDeleteLeavesATombstoneAndReachesEveryScopeHoldingTheRecord() {
    UUID account = world.account("Acme", world.t1);
    UUID contact = world.contact(account, "Lee");

    world.sql("delete from contact where id = ?", contact);

    StoredRecord tombstone = record("contact", contact);
    assertThat(tombstone.state().deleted()).isTrue();
    assertThat(tombstone.state().version()).isEqualTo(2);
    assertThat(changes(rep1Scope))
        .last()
        .isEqualTo(new Change.Delete(new RecordKey("contact", contact), 2));
  }

  @Test
  void movingAnAccountEvictsItWithItsDependentsAndGrantsThemTogether() {
    UUID account = world.account("Acme", world.t1);
    UUID contact = world.contact(account, "Lee");
    UUID site = world.site(account, "HQ");

    world.sql("update account set territory_id = ? where id = ?", world.t2, account);

    assertThat(changes(rep1Scope))
        .filteredOn(c -> c instanceof Change.Evict)
        .extracting(ChangeCaptureTest::key)
        .containsExactlyInAnyOrder("account/" + account, "contact/" + contact, "site/" + site);
    List<Change> granted = changes(rep2Scope);
    assertThat(granted).hasSize(1);
    Change.Grant grant = (Change.Grant) granted.get(0);
    assertThat(grant.record().key()).isEqualTo(new RecordKey("account", account));
    assertThat(grant.related())
        .extracting(r -> r.key().toString())
        .containsExactly("contact/" + contact, "site/" + site);
  }

  private StoredRecord record(String type, UUID id) {
    return store.inTransaction(tx -> tx.record(new RecordKey(type, id))).orElseThrow();
  }

  private List<Change> changes(String scope) {
    return store.inTransaction(tx -> tx.readChanges(scope, 0, 1000)).entries().stream()
        .map(LogEntry::change)
        .toList();
  }

  private static String key(Change c) {
    if (c instanceof Change.Upsert u) {
      return u.record().key().toString();
    }
    if (c instanceof Change.Delete d) {
      return d.key().toString();
    }
    if (c instanceof Change.Evict e) {
      return e.key().toString();
    }
    return ((Change.Grant) c).record().key().toString();
  }
}
