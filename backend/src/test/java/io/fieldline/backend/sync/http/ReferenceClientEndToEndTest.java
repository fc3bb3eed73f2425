package io.fieldline.backend.sync.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.sync.ReferencePhone;
import io.fieldline.backend.support.sync.SyncDb;
import io.fieldline.backend.support.sync.SyncWorld;
import io.fieldline.contract.client.SyncClient;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * mobile-contract's reference client against the real service over HTTP: phones work offline, then
 * reconnect through a network that loses 20% of responses after the server committed and delivers
 * 10% of requests twice. The server must end with every record exactly once and every mutation
 * settled once, and every phone's copy must equal what the server serves.
 *
 * <p>Accounts and contacts here; a full visit and a sale: {@link
 * ReferenceClientFieldWorkEndToEndTest}.
 */
@QuarkusTest
class ReferenceClientEndToEndTest {

  @Inject DataSource dataSource;
  @Inject DevTokenVerifier tokens;

  @TestHTTPResource("/")
  URI base;

  /** One piece of offline work on a phone; returns the keys of records it created. */
  interface OfflineWork {
    List<RecordKey> run(SyncClient phone);
  }

  private static FieldValue text(Object value) {
    return FieldValue.of(value.toString());
  }

  /** The rep records new customers with their contacts, and edits a known contact. */
  private static OfflineWork accountsWithContacts(UUID territory, RecordKey knownContact) {
    return phone -> {
      List<RecordKey> created = new ArrayList<>();
      for (int i = 1; i <= 4; i++) {
        RecordKey account =
            phone.create(
                "account",
                Map.of("name", text("Offline customer " + i), "territory_id", text(territory)));
        created.add(account);
        for (int c = 1; c <= 2; c++) {
          created.add(
              phone.create(
                  "contact",
                  Map.of(
                      "account_id", text(account.id()),
                      "first_name", text("Contact" + c),
                      "last_name", text("Of customer " + i))));
        }
      }
      phone.update(knownContact, Map.of("notes", text("met at the trade fair")));
      return created;
    };
  }

  @Test
  void offlineWorkSurvivesALossyNetworkExactlyOnceAndEveryPhoneConverges() throws Exception {
    SyncWorld world = SyncWorld.create(dataSource);
    SyncDb db = new SyncDb(dataSource, world.tenant);
    UUID account = world.account("Known customer", world.t1);
    RecordKey knownContact = new RecordKey("contact", world.contact(account, "Known"));
    String repToken = tokens.issue(world.tenant, world.rep1);
    ReferencePhone repPhone = ReferencePhone.open(base, repToken, 11);
    ReferencePhone repTablet = ReferencePhone.open(base, repToken, 12);
    ReferencePhone techPhone =
        ReferencePhone.open(base, tokens.issue(world.tenant, world.tech), 13);
    List<ReferencePhone> phones = List.of(repPhone, repTablet, techPhone);
    for (ReferencePhone p : phones) {
      assertThat(p.client.sync().complete()).isTrue();
    }
    long accountsBefore = db.count("select count(*) from account");
    long contactsBefore = db.count("select count(*) from contact");

    phones.forEach(p -> p.network.offline(true));
    List<RecordKey> created = new ArrayList<>();
    created.addAll(accountsWithContacts(world.t1, knownContact).run(repPhone.client));
    created.add(
        repTablet.client.create(
            "contact",
            Map.of(
                "account_id", text(account),
                "first_name", text("Tab"),
                "last_name", text("Let"))));
    for (ReferencePhone p : phones) {
      p.mutations = p.client.outbox().size();
      assertThat(p.client.sync().complete()).as("offline").isFalse();
    }

    phones.forEach(p -> p.network.offline(false));
    for (int round = 0; round < 3; round++) {
      for (ReferencePhone p : phones) {
        p.client.sync();
      }
    }

    for (ReferencePhone p : phones) {
      assertThat(p.client.outbox()).isEmpty();
      assertThat(p.client.rejected()).isEmpty();
      assertThat(
              db.count(
                  "select count(*) from sync_mutation where device_id = ?", p.client.deviceId()))
          .as("one stored result per mutation")
          .isEqualTo(p.mutations);
    }
    for (RecordKey key : created) {
      assertThat(db.count("select count(*) from " + key.entityType() + " where id = ?", key.id()))
          .as("%s exactly once", key)
          .isOne();
    }
    assertThat(db.count("select count(*) from account")).isEqualTo(accountsBefore + 4);
    assertThat(db.count("select count(*) from contact")).isEqualTo(contactsBefore + 9);
    int dropped = phones.stream().mapToInt(p -> p.network.counts().dropped()).sum();
    int duplicated = phones.stream().mapToInt(p -> p.network.counts().duplicated()).sum();
    assertThat(dropped).as("responses lost after commit").isPositive();
    assertThat(duplicated).as("requests delivered twice").isPositive();

    ReferencePhone freshRep = ReferencePhone.fresh(base, repToken, 21);
    ReferencePhone freshTech =
        ReferencePhone.fresh(base, tokens.issue(world.tenant, world.tech), 22);
    assertThat(freshRep.client.sync().complete()).isTrue();
    assertThat(freshTech.client.sync().complete()).isTrue();
    assertThat(repPhone.client.serverCopy()).isEqualTo(freshRep.client.serverCopy());
    assertThat(repTablet.client.serverCopy()).isEqualTo(freshRep.client.serverCopy());
    assertThat(techPhone.client.serverCopy()).isEqualTo(freshTech.client.serverCopy());
    assertThat(freshRep.client.serverCopy()).containsKeys(created.toArray(RecordKey[]::new));
    assertThat(freshRep.client.serverCopy().get(knownContact).value("notes"))
        .isEqualTo(FieldValue.of("met at the trade fair"));
  }
}
