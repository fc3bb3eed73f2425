package io.fieldline.backend.sales.activities;

import io.fieldline.backend.error.Ids;
import io.fieldline.backend.sales.SalesTx;
import io.fieldline.backend.sales.accounts.AccountView;
import io.fieldline.backend.sales.activities.ActivityConnections.ActivityConnection;
import io.fieldline.backend.sales.activities.ActivityConnections.TimelineConnection;
import io.fieldline.backend.sales.graphql.Inputs;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Follow-up activities and the account timeline over GraphQL. */
@GraphQLApi
public class ActivityApi {
  private final SalesTx tx;
  private final ActivityStore activities;

  public ActivityApi(SalesTx tx, ActivityStore activities) {
    this.tx = tx;
    this.activities = activities;
  }

  @Mutation("logActivity")
  @Description("Records a visit, call, e-mail, meeting or demo, with an optional next step.")
  public Uni<@NonNull ActivityView> logActivity(@Name("input") @NonNull ActivityInput input) {
    return tx.sales((c, s) -> activities.log(c, s, input));
  }

  @Mutation("completeFollowUp")
  @Description("Marks an activity's next step done.")
  public Uni<@NonNull ActivityView> completeFollowUp(@Name("id") @Id @NonNull String id) {
    return tx.sales((c, s) -> activities.completeFollowUp(c, s, Ids.parse("id", id)));
  }

  @Query("followUps")
  @Description("Open next steps on the caller's accounts, by due date.")
  public Uni<@NonNull ActivityConnection> followUps(
      @Name("ownerUserId") @Id String ownerUserId,
      @Name("dueBefore") LocalDate dueBefore,
      @Name("first") Integer first,
      @Name("after") String after) {
    return tx.read(
        (c, s) ->
            activities
                .followUps(
                    c, s, Inputs.optionalId("ownerUserId", ownerUserId), dueBefore, first, after)
                .map(ActivityConnection::of));
  }

  @Description("Everything that happened with the account, newest first.")
  public Uni<@NonNull TimelineConnection> timeline(
      @Source AccountView account, @Name("first") Integer first, @Name("after") String after) {
    return tx.read(
        (c, s) ->
            activities.timeline(c, s, account.id(), first, after).map(TimelineConnection::of));
  }
}
