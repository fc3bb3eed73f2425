package io.fieldline.backend.sales.leads;

import io.fieldline.backend.error.Ids;
import io.fieldline.backend.sales.SalesTx;
import io.fieldline.backend.sales.leads.LeadInputs.ConversionInput;
import io.fieldline.backend.sales.leads.LeadInputs.LeadFilter;
import io.fieldline.backend.sales.leads.LeadInputs.LeadInput;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Leads over GraphQL. */
@GraphQLApi
public class LeadApi {
  private final SalesTx tx;
  private final LeadService leads;

  public LeadApi(SalesTx tx, LeadService leads) {
    this.tx = tx;
    this.leads = leads;
  }

  @Query("leads")
  @Description("Leads in the caller's territories or owned by the caller, newest first.")
  public Uni<@NonNull LeadConnection> leads(
      @Name("filter") LeadFilter filter,
      @Name("first") Integer first,
      @Name("after") String after) {
    return tx.sales((c, s) -> leads.page(c, s, filter, first, after).map(LeadConnection::of));
  }

  @Query("lead")
  @Description("One lead; NOT_FOUND outside the caller's scope.")
  public Uni<@NonNull LeadView> lead(@Name("id") @Id @NonNull String id) {
    return tx.sales((c, s) -> leads.find(c, s, Ids.parse("id", id), false));
  }

  @Mutation("createLead")
  @Description("Records a lead in one of the caller's territories.")
  public Uni<@NonNull LeadView> createLead(@Name("input") @NonNull LeadInput input) {
    return tx.sales((c, s) -> leads.create(c, s, input));
  }

  @Mutation("qualifyLead")
  @Description("Marks a lead QUALIFIED (qualified = true) or DISQUALIFIED, with notes.")
  public Uni<@NonNull LeadView> qualifyLead(
      @Name("id") @Id @NonNull String id,
      @Name("qualified") boolean qualified,
      @Name("notes") String notes) {
    return tx.sales((c, s) -> leads.qualify(c, s, Ids.parse("id", id), qualified, notes));
  }

  @Mutation("convertLead")
  @Description("Converts a lead into an account, a primary contact and an opportunity.")
  public Uni<@NonNull LeadConversion> convertLead(
      @Name("id") @Id @NonNull String id, @Name("input") @NonNull ConversionInput input) {
    return tx.sales((c, s) -> leads.convert(c, s, Ids.parse("id", id), input));
  }
}
