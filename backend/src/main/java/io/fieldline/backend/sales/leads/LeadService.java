package io.fieldline.backend.sales.leads;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.sales.SalesScope;
import io.fieldline.backend.sales.accounts.AccountInputs.AccountInput;
import io.fieldline.backend.sales.accounts.AccountInputs.ContactInput;
import io.fieldline.backend.sales.accounts.AccountStore;
import io.fieldline.backend.sales.accounts.AccountView;
import io.fieldline.backend.sales.accounts.ContactStore;
import io.fieldline.backend.sales.db.Keyset;
import io.fieldline.backend.sales.db.Paged;
import io.fieldline.backend.sales.db.Sql;
import io.fieldline.backend.sales.graphql.Inputs;
import io.fieldline.backend.sales.leads.LeadInputs.ConversionInput;
import io.fieldline.backend.sales.leads.LeadInputs.LeadFilter;
import io.fieldline.backend.sales.leads.LeadInputs.LeadInput;
import io.fieldline.backend.sales.leads.LeadView.LeadStatus;
import io.fieldline.backend.sales.opportunities.OpportunityInputs.OpportunityInput;
import io.fieldline.backend.sales.opportunities.OpportunityStore;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Leads: capture, qualification and conversion; call inside a tenant transaction. */
@ApplicationScoped
public class LeadService {
  private final AccountStore accounts;
  private final ContactStore contacts;
  private final OpportunityStore opportunities;

  public LeadService(AccountStore accounts, ContactStore contacts, OpportunityStore opportunities) {
    this.accounts = accounts;
    this.contacts = contacts;
    this.opportunities = opportunities;
  }

  /** The lead, or NOT_FOUND outside the caller's territories (unless the caller owns it). */
  public Uni<LeadView> find(SqlConnection c, SalesScope scope, UUID id, boolean lock) {
    Sql sql = new Sql();
    return sql.run(
            c,
            "select l.* from lead l where l.id = "
                + sql.bind(id)
                + " and "
                + scope.leads("l", sql)
                + (lock ? " for update" : ""))
        .map(
            rows ->
                Sql.first(rows)
                    .map(LeadView::of)
                    .orElseThrow(() -> ApiException.notFound("Lead", id)));
  }

  /** One page of visible leads, newest first. */
  public Uni<Paged<LeadView>> page(
      SqlConnection c, SalesScope scope, LeadFilter filter, Integer first, String after) {
    Sql sql = new Sql();
    List<String> where = new ArrayList<>();
    where.add(scope.leads("l", sql));
    if (filter != null) {
      if (filter.status() != null) {
        where.add("l.status = " + sql.bind(filter.status().name()));
      }
      if (filter.source() != null) {
        where.add("l.source = " + sql.bind(filter.source().name()));
      }
      if (filter.territoryId() != null) {
        where.add(
            "l.territory_id = "
                + sql.bind(Inputs.optionalId("filter.territoryId", filter.territoryId())));
      }
      if (filter.search() != null && !filter.search().isBlank()) {
        where.add(
            "lower(l.company_name || ' ' || l.last_name) like "
                + sql.bind("%" + filter.search().trim().toLowerCase() + "%"));
      }
    }
    Keyset key = new Keyset("l.created_at", "timestamptz", true, "l.id");
    return key.fetch(c, sql, "l.*", "lead l", where, first, after, LeadView::of);
  }

  /** Records a new lead owned by the caller. */
  public Uni<LeadView> create(SqlConnection c, SalesScope scope, LeadInput in) {
    UUID territory =
        Inputs.required("territoryId", Inputs.optionalId("territoryId", in.territoryId()));
    if (!scope.covers(territory)) {
      throw ApiException.invalid("territoryId", "territoryId is not one of your territories");
    }
    Inputs.required("source", in.source());
    UUID id = UUID.randomUUID();
    return Sql.exec(
            c,
            "insert into lead (id, company_name, first_name, last_name, email, phone, source,"
                + " qualification_notes, territory_id, owner_user_id)"
                + " select $1, $2, $3, $4, $5, $6, $7, $8, $9, $10 where exists"
                + " (select 1 from territory where id = $9) returning *",
            id,
            Inputs.text("companyName", in.companyName(), 200),
            Inputs.text("firstName", in.firstName(), 100),
            Inputs.text("lastName", in.lastName(), 100),
            Inputs.email("email", in.email()),
            Inputs.optionalText("phone", in.phone(), 40),
            in.source().name(),
            Inputs.optionalText("qualificationNotes", in.qualificationNotes(), 2000),
            territory,
            scope.userId())
        .map(
            rows ->
                LeadView.of(
                    Sql.first(rows)
                        .orElseThrow(
                            () ->
                                ApiException.invalid("territoryId", "No territory with this id"))));
  }

  /** NEW -> QUALIFIED or DISQUALIFIED, with notes. */
  public Uni<LeadView> qualify(
      SqlConnection c, SalesScope scope, UUID id, boolean qualified, String notes) {
    return find(c, scope, id, true)
        .chain(
            lead -> {
              if (lead.status() != LeadStatus.NEW && lead.status() != LeadStatus.QUALIFIED) {
                throw new ApiException(ErrorCode.INVALID_STATE, "The lead is " + lead.status());
              }
              return Sql.exec(
                  c,
                  "update lead set status = $2, qualification_notes = coalesce($3,"
                      + " qualification_notes), version = version + 1 where id = $1 returning *",
                  id,
                  qualified ? "QUALIFIED" : "DISQUALIFIED",
                  Inputs.optionalText("notes", notes, 2000));
            })
        .map(rows -> LeadView.of(rows.iterator().next()));
  }

  /** Converts a NEW or QUALIFIED lead into account + primary contact + opportunity. */
  public Uni<LeadConversion> convert(
      SqlConnection c, SalesScope scope, UUID id, ConversionInput in) {
    UUID existing = Inputs.optionalId("existingAccountId", in.existingAccountId());
    return find(c, scope, id, true)
        .chain(
            lead -> {
              if (lead.status() != LeadStatus.NEW && lead.status() != LeadStatus.QUALIFIED) {
                throw new ApiException(
                    ErrorCode.INVALID_STATE,
                    "Only new or qualified leads convert; this one is " + lead.status());
              }
              Uni<AccountView> account =
                  existing != null
                      ? accounts.find(c, scope, existing)
                      : accounts.insert(
                          c,
                          scope,
                          new AccountInput(
                              in.accountName() == null ? lead.companyName() : in.accountName(),
                              null,
                              null,
                              null,
                              null,
                              null,
                              null,
                              lead.territoryId().toString(),
                              lead.ownerUserId().toString()));
              return account.chain(
                  a ->
                      contacts
                          .addContact(
                              c,
                              scope,
                              new ContactInput(
                                  a.id().toString(),
                                  lead.firstName(),
                                  lead.lastName(),
                                  null,
                                  lead.email(),
                                  lead.phone(),
                                  true))
                          .chain(
                              contact ->
                                  opportunities
                                      .create(
                                          c,
                                          scope,
                                          new OpportunityInput(
                                              a.id().toString(),
                                              in.opportunityName(),
                                              in.stageCode(),
                                              in.amount(),
                                              in.currency(),
                                              null,
                                              in.expectedClose(),
                                              null,
                                              contact.id().toString()),
                                          id)
                                      .chain(
                                          opp ->
                                              Sql.exec(
                                                      c,
                                                      "update lead set status = 'CONVERTED', converted_account_id = $2,"
                                                          + " converted_contact_id = $3, converted_opportunity_id = $4,"
                                                          + " version = version + 1 where id = $1 returning *",
                                                      id,
                                                      a.id(),
                                                      contact.id(),
                                                      opp.id())
                                                  .map(
                                                      rows ->
                                                          new LeadConversion(
                                                              LeadView.of(rows.iterator().next()),
                                                              a,
                                                              contact,
                                                              opp)))));
            });
  }
}
