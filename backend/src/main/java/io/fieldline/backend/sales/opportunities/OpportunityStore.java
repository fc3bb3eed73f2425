package io.fieldline.backend.sales.opportunities;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.sales.SalesScope;
import io.fieldline.backend.sales.accounts.AccountStore;
import io.fieldline.backend.sales.db.Keyset;
import io.fieldline.backend.sales.db.Paged;
import io.fieldline.backend.sales.db.Sql;
import io.fieldline.backend.sales.graphql.Inputs;
import io.fieldline.backend.sales.opportunities.OpportunityInputs.OpportunityFilter;
import io.fieldline.backend.sales.opportunities.OpportunityInputs.OpportunityInput;
import io.fieldline.backend.sales.opportunities.OpportunityInputs.OpportunitySort;
import io.fieldline.backend.sales.opportunities.OpportunityInputs.OpportunityUpdate;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Opportunities within the caller's deal scope; call inside a tenant transaction. */
@ApplicationScoped
public class OpportunityStore {
  private final AccountStore accounts;
  private final PipelineStore pipeline;

  public OpportunityStore(AccountStore accounts, PipelineStore pipeline) {
    this.accounts = accounts;
    this.pipeline = pipeline;
  }

  /** The opportunity, or NOT_FOUND if it is not the caller's deal. */
  public Uni<OpportunityView> find(SqlConnection c, SalesScope scope, UUID id) {
    Sql sql = new Sql();
    return sql.run(
            c,
            "select "
                + OpportunityView.COLUMNS
                + " from "
                + OpportunityView.FROM
                + " where o.id = "
                + sql.bind(id)
                + " and "
                + scope.deals("o", sql))
        .map(
            rows ->
                Sql.first(rows)
                    .map(OpportunityView::of)
                    .orElseThrow(() -> ApiException.notFound("Opportunity", id)));
  }

  /** One page of the caller's opportunities. */
  public Uni<Paged<OpportunityView>> page(
      SqlConnection c,
      SalesScope scope,
      OpportunityFilter filter,
      OpportunitySort sort,
      boolean descending,
      Integer first,
      String after) {
    Sql sql = new Sql();
    List<String> where = new ArrayList<>();
    where.add(scope.deals("o", sql));
    if (filter != null) {
      if (filter.accountId() != null) {
        where.add(
            "o.account_id = "
                + sql.bind(Inputs.optionalId("filter.accountId", filter.accountId())));
      }
      if (filter.stageCode() != null) {
        where.add("s.code = " + sql.bind(filter.stageCode()));
      }
      if (filter.outcome() != null) {
        where.add("s.outcome = " + sql.bind(filter.outcome().name()));
      }
      if (filter.ownerUserId() != null) {
        where.add(
            "o.owner_user_id = "
                + sql.bind(Inputs.optionalId("filter.ownerUserId", filter.ownerUserId())));
      }
      if (filter.expectedCloseBefore() != null) {
        where.add("o.expected_close < " + sql.bind(filter.expectedCloseBefore()));
      }
    }
    Keyset key =
        switch (sort == null ? OpportunitySort.CREATED_AT : sort) {
          case CREATED_AT -> new Keyset("o.created_at", "timestamptz", descending, "o.id");
          case EXPECTED_CLOSE ->
              new Keyset(
                  "coalesce(o.expected_close, date '9999-12-31')", "date", descending, "o.id");
          case AMOUNT -> new Keyset("o.amount", "numeric", descending, "o.id");
          case NAME -> new Keyset("lower(o.name)", "text", descending, "o.id");
        };
    return key.fetch(
        c,
        sql,
        OpportunityView.COLUMNS,
        OpportunityView.FROM,
        where,
        first,
        after,
        OpportunityView::of);
  }

  /** Creates an opportunity at a visible account, owned by the caller. */
  public Uni<OpportunityView> create(
      SqlConnection c, SalesScope scope, OpportunityInput in, UUID leadId) {
    UUID accountId = Inputs.required("accountId", Inputs.optionalId("accountId", in.accountId()));
    String name = Inputs.text("name", in.name(), 200);
    String currency = Inputs.currency("currency", in.currency());
    Inputs.nonNegative("amount", in.amount());
    UUID contactId = Inputs.optionalId("primaryContactId", in.primaryContactId());
    UUID id = UUID.randomUUID();
    return accounts
        .find(c, scope, accountId)
        .chain(
            account ->
                pipeline
                    .byCode(c, in.stageCode(), "stageCode")
                    .chain(
                        stage ->
                            checkContact(c, accountId, contactId)
                                .chain(
                                    () ->
                                        Sql.exec(
                                            c,
                                            "insert into opportunity (id, account_id, name, stage_id,"
                                                + " amount, currency, probability, expected_close,"
                                                + " competitors, primary_contact_id, lead_id,"
                                                + " owner_user_id, territory_id) values ($1, $2, $3,"
                                                + " $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
                                            id,
                                            accountId,
                                            name,
                                            stage.id(),
                                            in.amount(),
                                            currency,
                                            probability(in.probability(), stage),
                                            in.expectedClose(),
                                            Inputs.optionalText(
                                                "competitors", in.competitors(), 500),
                                            contactId,
                                            leadId,
                                            scope.userId(),
                                            account.territoryId()))))
        .chain(() -> find(c, scope, id));
  }

  /** Updates an opportunity at {@code expectedVersion}; closing it needs a win/loss reason. */
  public Uni<OpportunityView> update(
      SqlConnection c, SalesScope scope, UUID id, long expectedVersion, OpportunityUpdate in) {
    return find(c, scope, id)
        .chain(opp -> write(c, opp, expectedVersion, in))
        .chain(
            rows -> {
              if (rows.rowCount() == 0) {
                throw new ApiException(
                    ErrorCode.CONFLICT, "The opportunity changed since it was read; re-read it");
              }
              return find(c, scope, id);
            });
  }

  private Uni<RowSet<Row>> write(
      SqlConnection c, OpportunityView opp, long expectedVersion, OpportunityUpdate in) {
    String name = Inputs.text("name", in.name(), 200);
    Inputs.nonNegative("amount", in.amount());
    String reason = Inputs.optionalText("winLossReason", in.winLossReason(), 1000);
    UUID contactId = Inputs.optionalId("primaryContactId", in.primaryContactId());
    String competitors = Inputs.optionalText("competitors", in.competitors(), 500);
    return pipeline
        .byCode(c, Inputs.text("stageCode", in.stageCode(), 32), "stageCode")
        .chain(
            stage -> {
              if (stage.outcome() != StageView.Outcome.OPEN && reason == null) {
                throw ApiException.invalid(
                    "winLossReason", "Closing an opportunity needs a win/loss reason");
              }
              return checkContact(c, opp.accountId(), contactId)
                  .chain(
                      () ->
                          Sql.exec(
                              c,
                              "update opportunity set name = $2, stage_id = $3, amount = $4,"
                                  + " probability = $5, expected_close = $6, competitors = $7,"
                                  + " win_loss_reason = $8, primary_contact_id = $9,"
                                  + " version = version + 1, updated_at = now()"
                                  + " where id = $1 and version = $10",
                              opp.id(),
                              name,
                              stage.id(),
                              in.amount(),
                              probability(in.probability(), stage),
                              in.expectedClose(),
                              competitors,
                              reason,
                              contactId,
                              expectedVersion));
            });
  }

  private static int probability(Integer given, StageView stage) {
    return given == null ? stage.defaultProbability() : Inputs.percent("probability", given);
  }

  private static Uni<Void> checkContact(SqlConnection c, UUID accountId, UUID contactId) {
    if (contactId == null) {
      return Uni.createFrom().voidItem();
    }
    return Sql.exec(
            c, "select 1 from contact where id = $1 and account_id = $2", contactId, accountId)
        .map(
            rows -> {
              if (rows.size() == 0) {
                throw ApiException.invalid(
                    "primaryContactId", "No contact with this id at the account");
              }
              return null;
            });
  }
}
