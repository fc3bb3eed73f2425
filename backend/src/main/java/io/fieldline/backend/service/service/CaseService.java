package io.fieldline.backend.service.service;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.service.CaseChannel;
import io.fieldline.backend.service.CaseSeverity;
import io.fieldline.backend.service.CaseStatus;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.persistence.CaseStore;
import io.fieldline.backend.service.persistence.ReferenceStore;
import io.fieldline.backend.service.persistence.Rows;
import io.fieldline.backend.service.persistence.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Cases (complaints, requests) at the service desk: opened, worked, resolved, closed. */
@ApplicationScoped
public class CaseService {
  private final ServiceDb db;
  private final CaseStore cases;
  private final ReferenceStore refs;

  public CaseService(ServiceDb db, CaseStore cases, ReferenceStore refs) {
    this.db = db;
    this.cases = cases;
    this.refs = refs;
  }

  /** What the desk records when a case comes in; the SLA defaults from the severity. */
  public record Draft(
      UUID accountId,
      UUID siteId,
      UUID contactId,
      CaseChannel channel,
      String category,
      CaseSeverity severity,
      String subject,
      String description,
      OffsetDateTime slaDueAt) {}

  public Uni<UUID> open(ServiceScope scope, Draft d) {
    UUID accountId = Check.present("accountId", d.accountId());
    CaseSeverity severity = Check.present("severity", d.severity());
    OffsetDateTime due =
        d.slaDueAt() != null ? d.slaDueAt() : Rows.now().plus(severity.defaultSla());
    UUID id = UUID.randomUUID();
    Sql insert =
        new Sql(
            "insert into service_case (id, account_id, site_id, contact_id, channel, category,"
                + " severity, subject, description, sla_due_at, created_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            id,
            accountId,
            d.siteId(),
            d.contactId(),
            Check.present("channel", d.channel()).name(),
            Check.required("category", d.category(), 64),
            severity.name(),
            Check.required("subject", d.subject(), 200),
            Check.optional("description", d.description(), 10_000),
            due,
            scope.userId());
    return db.tx(
        scope,
        c ->
            refs.accountTerritory(c, accountId)
                .chain(
                    territory -> {
                      if (territory == null || !scope.covers(territory)) {
                        throw ApiException.notFound("Account", accountId);
                      }
                      return d.siteId() == null
                          ? Uni.createFrom().item(true)
                          : refs.siteOfAccount(c, d.siteId(), accountId);
                    })
                .invoke(site -> require(site, "Site", d.siteId()))
                .chain(
                    () ->
                        d.contactId() == null
                            ? Uni.createFrom().item(true)
                            : c.preparedQuery(
                                    "select 1 from contact where id = $1 and account_id = $2")
                                .execute(Tuple.of(d.contactId(), accountId))
                                .map(rows -> rows.size() > 0))
                .invoke(contact -> require(contact, "Contact", d.contactId()))
                .chain(() -> insert.run(c))
                .replaceWith(id));
  }

  /** Moves the case along its state machine; resolving needs a resolution text. */
  public Uni<Void> move(ServiceScope scope, UUID id, CaseStatus to, String resolution) {
    Check.present("status", to);
    String text = Check.optional("resolution", resolution, 10_000);
    if (to == CaseStatus.RESOLVED && text == null) {
      throw ApiException.invalid("resolution", "a resolved case needs a resolution");
    }
    return db.tx(
        scope,
        c ->
            cases
                .lock(c, id)
                .chain(
                    found -> {
                      var k = Access.covered(scope, found, id);
                      k.status().requireMoveTo(to);
                      return cases.setStatus(c, id, to, text);
                    }));
  }

  private static void require(boolean ok, String what, UUID id) {
    if (!ok) {
      throw ApiException.notFound(what, id);
    }
  }
}
