package io.fieldline.backend.service.graphql.view;

import io.fieldline.backend.service.WorkOrderType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A published (immutable) version of the checklist for a work-order type. */
@Type("ChecklistTemplate")
public record ChecklistTemplateView(
    @Id @NonNull UUID id,
    @NonNull WorkOrderType workOrderType,
    int version,
    @NonNull String name,
    @NonNull List<@NonNull ChecklistItemView> items) {}
