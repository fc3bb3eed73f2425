package io.fieldline.backend.service.graphql;

import io.fieldline.backend.error.Ids;
import io.fieldline.backend.identity.auth.CurrentUser;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.graphql.read.AssetReader;
import io.fieldline.backend.service.graphql.view.AssetHistoryEntry;
import io.fieldline.backend.service.graphql.view.AssetView;
import io.fieldline.backend.service.graphql.view.CustomerRef;
import io.fieldline.backend.service.graphql.view.Pages.AssetPage;
import io.fieldline.backend.service.graphql.view.SiteRef;
import io.fieldline.backend.service.service.AssetService;
import io.fieldline.backend.service.service.ServiceDb;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Assets at customers' sites, with their service history. */
@GraphQLApi
public class AssetApi {
  private final CurrentUser currentUser;
  private final ServiceDb db;
  private final AssetReader reader;
  private final AssetService assets;
  private final Lookups lookups;

  public AssetApi(
      CurrentUser currentUser,
      ServiceDb db,
      AssetReader reader,
      AssetService assets,
      Lookups lookups) {
    this.currentUser = currentUser;
    this.db = db;
    this.reader = reader;
    this.assets = assets;
    this.lookups = lookups;
  }

  @Query("asset")
  @Description("An asset of a customer the caller sees.")
  public Uni<@NonNull AssetView> asset(@Name("id") @Id @NonNull String id) {
    ServiceScope scope = ServiceScope.of(currentUser.require());
    return find(scope, Ids.parse("id", id));
  }

  @Query("assets")
  @Description("Assets of customers the caller sees, paged.")
  public Uni<@NonNull AssetPage> assets(
      @Name("filter") AssetFilter filter,
      @Name("first") Integer first,
      @Name("after") String after) {
    ServiceScope scope = ServiceScope.of(currentUser.require());
    return db.tx(scope, c -> reader.page(c, scope, filter, first, after))
        .map(p -> new AssetPage(p.items(), p.nextCursor(), p.hasMore()));
  }

  @Mutation("registerAsset")
  @Description("Registers equipment at a site of an account in the caller's territories.")
  public Uni<@NonNull AssetView> registerAsset(@Name("input") @NonNull AssetInput input) {
    ServiceScope scope = ServiceScope.of(currentUser.require());
    return assets.register(scope, input.toDraft()).chain(id -> find(scope, id));
  }

  @Description("Work orders at the asset with their latest visit, newest first.")
  public Uni<List<@NonNull List<@NonNull AssetHistoryEntry>>> serviceHistory(
      @Source List<AssetView> list) {
    return lookups.read(c -> reader.history(c, list.stream().map(AssetView::id).toList()));
  }

  @Description("The customer.")
  public Uni<List<CustomerRef>> account(@Source List<AssetView> list) {
    return lookups.customers(list.stream().map(AssetView::accountId).toList());
  }

  @Description("The site where it is installed.")
  public Uni<List<SiteRef>> site(@Source List<AssetView> list) {
    return lookups.sites(list.stream().map(AssetView::siteId).toList());
  }

  private Uni<AssetView> find(ServiceScope scope, UUID id) {
    return Found.orNotFound(db.tx(scope, c -> reader.find(c, scope, id)), "Asset", id);
  }
}
