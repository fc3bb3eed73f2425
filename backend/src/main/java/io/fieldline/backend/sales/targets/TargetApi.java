package io.fieldline.backend.sales.targets;

import io.fieldline.backend.sales.SalesTx;
import io.fieldline.backend.sales.graphql.Inputs;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Sales targets with plan versus actual over GraphQL. */
@GraphQLApi
public class TargetApi {
  private final SalesTx tx;
  private final TargetService targets;

  public TargetApi(SalesTx tx, TargetService targets) {
    this.tx = tx;
    this.targets = targets;
  }

  @Query("salesTargets")
  @Description("Targets overlapping [from, to] the caller may see, each with its actual.")
  public Uni<@NonNull List<@NonNull TargetView>> salesTargets(
      @Name("from") LocalDate from,
      @Name("to") LocalDate to,
      @Name("userId") @Id String userId,
      @Name("territoryId") @Id String territoryId) {
    return tx.sales(
        (c, s) ->
            targets.list(
                c,
                s,
                from,
                to,
                Inputs.optionalId("userId", userId),
                Inputs.optionalId("territoryId", territoryId)));
  }

  @Mutation("setSalesTarget")
  @Description("Sets a rep's or a territory's target for a period (managers, admins).")
  public Uni<@NonNull TargetView> setSalesTarget(@Name("input") @NonNull TargetInput input) {
    return tx.sales((c, s) -> targets.set(c, s, input));
  }
}
