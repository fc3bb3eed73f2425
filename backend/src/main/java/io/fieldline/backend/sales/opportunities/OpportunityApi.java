package io.fieldline.backend.sales.opportunities;

import io.fieldline.backend.error.Ids;
import io.fieldline.backend.sales.SalesTx;
import io.fieldline.backend.sales.graphql.SortDirection;
import io.fieldline.backend.sales.opportunities.OpportunityInputs.OpportunityFilter;
import io.fieldline.backend.sales.opportunities.OpportunityInputs.OpportunityInput;
import io.fieldline.backend.sales.opportunities.OpportunityInputs.OpportunitySort;
import io.fieldline.backend.sales.opportunities.OpportunityInputs.OpportunityUpdate;
import io.fieldline.backend.sales.opportunities.OpportunityInputs.StageInput;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The opportunity pipeline over GraphQL. */
@GraphQLApi
public class OpportunityApi {
  private final SalesTx tx;
  private final PipelineStore pipeline;
  private final OpportunityStore opportunities;

  public OpportunityApi(SalesTx tx, PipelineStore pipeline, OpportunityStore opportunities) {
    this.tx = tx;
    this.pipeline = pipeline;
    this.opportunities = opportunities;
  }

  @Query("pipelineStages")
  @Description("The tenant's pipeline stages by position.")
  public Uni<@NonNull List<@NonNull StageView>> pipelineStages() {
    return tx.read((c, s) -> pipeline.stages(c));
  }

  @Mutation("setPipelineStage")
  @Description("Adds or changes a pipeline stage by code (admins).")
  public Uni<@NonNull StageView> setPipelineStage(@Name("input") @NonNull StageInput input) {
    return tx.admin((c, s) -> pipeline.set(c, input));
  }

  @Query("opportunities")
  @Description("The caller's opportunities (reps: own; managers: their territories'), paged.")
  public Uni<@NonNull OpportunityConnection> opportunities(
      @Name("filter") OpportunityFilter filter,
      @Name("sort") OpportunitySort sort,
      @Name("direction") SortDirection direction,
      @Name("first") Integer first,
      @Name("after") String after) {
    return tx.sales(
        (c, s) ->
            opportunities
                .page(c, s, filter, sort, SortDirection.descending(direction, true), first, after)
                .map(OpportunityConnection::of));
  }

  @Query("opportunity")
  @Description("One opportunity; NOT_FOUND if it is not the caller's deal.")
  public Uni<@NonNull OpportunityView> opportunity(@Name("id") @Id @NonNull String id) {
    return tx.sales((c, s) -> opportunities.find(c, s, Ids.parse("id", id)));
  }

  @Mutation("createOpportunity")
  @Description("Opens an opportunity at an account of the caller's territories.")
  public Uni<@NonNull OpportunityView> createOpportunity(
      @Name("input") @NonNull OpportunityInput input) {
    return tx.sales((c, s) -> opportunities.create(c, s, input, null));
  }

  @Mutation("updateOpportunity")
  @Description("Moves or edits an opportunity; CONFLICT if it changed since expectedVersion.")
  public Uni<@NonNull OpportunityView> updateOpportunity(
      @Name("id") @Id @NonNull String id,
      @Name("expectedVersion") int expectedVersion,
      @Name("input") @NonNull OpportunityUpdate input) {
    return tx.sales(
        (c, s) -> opportunities.update(c, s, Ids.parse("id", id), expectedVersion, input));
  }
}
