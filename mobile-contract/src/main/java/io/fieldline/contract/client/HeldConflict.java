package io.fieldline.contract.client;

import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import io.fieldline.sync.wire.HeldField;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A conflict the server held for a person (R24-R26): which fields of which record were held and
 * why, the device's values ({@code mine}) and fields the server overrode. A manager resolves it on
 * the server (GraphQL {@code resolveSyncConflict}); the resolution arrives through the next pull.
 */
public record HeldConflict(
    UUID conflictId,
    long sequence,
    RecordKey key,
    long version,
    List<HeldField> held,
    Map<String, FieldValue> mine,
    Map<String, FieldValue> overridden) {}
