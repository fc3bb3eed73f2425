package io.fieldline.backend.service.graphql.view;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The work orders one run of a batch job (generator, SLA monitor) touched. */
@Type("WorkOrderBatch")
public record WorkOrderBatch(int count, @NonNull List<@NonNull String> workOrderIds) {

  public static WorkOrderBatch of(List<UUID> ids) {
    return new WorkOrderBatch(ids.size(), ids.stream().map(UUID::toString).toList());
  }
}
