package io.fieldline.backend.service.graphql;

import io.fieldline.backend.identity.auth.CurrentUser;
import io.fieldline.backend.service.ChecklistItem;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.WorkOrderType;
import io.fieldline.backend.service.graphql.read.CatalogReader;
import io.fieldline.backend.service.graphql.view.ChecklistTemplateView;
import io.fieldline.backend.service.service.ChecklistPublishing;
import io.fieldline.backend.service.service.ServiceDb;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Versioned checklist templates per work-order type. */
@GraphQLApi
public class ChecklistApi {
  private final CurrentUser currentUser;
  private final ServiceDb db;
  private final CatalogReader catalog;
  private final ChecklistPublishing publishing;

  public ChecklistApi(
      CurrentUser currentUser,
      ServiceDb db,
      CatalogReader catalog,
      ChecklistPublishing publishing) {
    this.currentUser = currentUser;
    this.db = db;
    this.catalog = catalog;
    this.publishing = publishing;
  }

  @Query("checklistTemplates")
  @Description("Every published version, by type and version, optionally of one work-order type.")
  public Uni<@NonNull List<@NonNull ChecklistTemplateView>> checklistTemplates(
      @Name("workOrderType") WorkOrderType type) {
    ServiceScope scope = ServiceScope.of(currentUser.require());
    return db.tx(scope, c -> catalog.allTemplates(c, type));
  }

  @Mutation("publishChecklistTemplate")
  @Description("Publishes the next version for the type; new work orders use it (desk only).")
  public Uni<@NonNull ChecklistTemplateView> publishChecklistTemplate(
      @Name("input") @NonNull DeskInputs.Template input) {
    ServiceScope scope = ServiceScope.of(currentUser.require());
    List<ChecklistItem> items = new ArrayList<>();
    if (input.items() != null) {
      for (int i = 0; i < input.items().size(); i++) {
        DeskInputs.Item item = input.items().get(i);
        items.add(
            new ChecklistItem(
                item.code(), i, item.label(), item.answerKind(), item.choices(), item.required()));
      }
    }
    return publishing
        .publish(scope, input.workOrderType(), input.name(), items)
        .chain(id -> db.tx(scope, c -> catalog.templates(c, List.of(id))).map(l -> l.get(0)));
  }
}
