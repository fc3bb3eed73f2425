package io.fieldline.backend.service.service;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.service.ChecklistAnswerKind;
import io.fieldline.backend.service.ChecklistItem;
import io.fieldline.backend.service.ServiceScope;
import io.fieldline.backend.service.WorkOrderType;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Publishes a checklist template as the next version for its work-order type. Published versions
 * never change; new work orders take the latest version, existing ones keep theirs.
 */
@ApplicationScoped
public class ChecklistPublishing {
  private final ServiceDb db;

  public ChecklistPublishing(ServiceDb db) {
    this.db = db;
  }

  public Uni<UUID> publish(
      ServiceScope scope, WorkOrderType type, String name, List<ChecklistItem> items) {
    if (!scope.admin() && !scope.desk()) {
      throw new ApiException(ErrorCode.FORBIDDEN, "Only the service desk publishes checklists");
    }
    Check.present("workOrderType", type);
    String title = Check.required("name", name, 200);
    if (items == null || items.isEmpty() || items.size() > 200) {
      throw ApiException.invalid("items", "a checklist has 1 to 200 items");
    }
    Set<String> codes = new HashSet<>();
    List<Tuple> rows = new ArrayList<>();
    UUID id = UUID.randomUUID();
    for (int i = 0; i < items.size(); i++) {
      ChecklistItem item = items.get(i);
      if (item.code() == null
          || !item.code().matches("[a-z0-9_]{1,64}")
          || !codes.add(item.code())) {
        throw ApiException.invalid(
            "items", "item codes are unique, lower-case, e.g. gas_leak_test");
      }
      Check.required("items.label", item.label(), 500);
      Check.present("items.answerKind", item.answerKind());
      boolean choice = item.answerKind() == ChecklistAnswerKind.CHOICE;
      if (choice == item.choices().isEmpty()) {
        throw ApiException.invalid("items.choices", "CHOICE items (and only they) list choices");
      }
      rows.add(
          Tuple.from(
              new Object[] {
                id,
                item.code(),
                i,
                item.label(),
                item.answerKind().name(),
                item.choices().toArray(new String[0]),
                item.required()
              }));
    }
    return db.tx(
        scope,
        c ->
            c.preparedQuery(
                    "insert into checklist_template (id, work_order_type, version, name)"
                        + " select $1, $2, coalesce(max(version), 0) + 1, $3 from checklist_template"
                        + " where work_order_type = $2")
                .execute(Tuple.of(id, type.name(), title))
                .chain(
                    () ->
                        c.preparedQuery(
                                "insert into checklist_item (template_id, code, position, label,"
                                    + " answer_kind, choices, required)"
                                    + " values ($1, $2, $3, $4, $5, $6, $7)")
                            .executeBatch(rows))
                .replaceWith(id));
  }
}
