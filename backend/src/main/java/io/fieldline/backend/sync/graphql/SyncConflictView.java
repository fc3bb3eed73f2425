package io.fieldline.backend.sync.graphql;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A conflict a device's push raised on a shared field, waiting for (or settled by) a person. */
@Type("SyncConflict")
@Description("A field-level sync conflict held for a person (sync-protocol R25, R28).")
public record SyncConflictView(
    @Id @NonNull UUID id,
    @NonNull String entityType,
    @Id @NonNull UUID recordId,
    @Description("The device whose mutation raised it.") @NonNull String deviceId,
    @Description("The device's user, when known.") @Id UUID raisedBy,
    long sequence,
    @Description("The record version written when the conflict was held.") long recordVersion,
    @NonNull Instant createdAt,
    @Description("OPEN or RESOLVED.") @NonNull String status,
    @Description("Who resolved it (a user id).") String resolvedBy,
    Instant resolvedAt,
    @Description("The record version the resolution wrote.") Long resolvedVersion,
    @NonNull List<@NonNull SyncConflictFieldView> fields) {}
