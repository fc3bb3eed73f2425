package io.fieldline.backend.sync.service;

import io.fieldline.backend.sync.entity.SyncedEntities;
import io.fieldline.backend.sync.entity.SyncedEntity;
import io.fieldline.sync.wire.MalformedMutation;
import io.fieldline.sync.wire.Mutation;
import io.fieldline.sync.wire.MutationEntry;
import io.fieldline.sync.wire.PushRequest;
import io.fieldline.sync.wire.json.MutationHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns mutations doing what devices may not do to an entity type (create products, delete
 * accounts) into malformed entries with the same body hash, so the engine records them as
 * INVALID_PAYLOAD (permanent, sequence advances, R11, R15) and a replay is still recognised (R7).
 */
final class OperationScreen {

  private OperationScreen() {}

  static PushRequest screen(PushRequest request) {
    List<MutationEntry> screened = new ArrayList<>(request.mutations().size());
    for (MutationEntry entry : request.mutations()) {
      screened.add(entry instanceof Mutation m ? screen(m) : entry);
    }
    return new PushRequest(request.protocolVersion(), request.deviceId(), screened);
  }

  private static MutationEntry screen(Mutation m) {
    Optional<SyncedEntity> entity = SyncedEntities.find(m.entityType());
    if (entity.isEmpty() || entity.get().deviceOperations().contains(m.operation())) {
      return m;
    }
    return new MalformedMutation(
        m.sequence(),
        "devices may not "
            + m.operation().name().toLowerCase(Locale.ROOT)
            + " "
            + m.entityType()
            + " records",
        MutationHash.of(m));
  }
}
