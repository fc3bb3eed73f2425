package io.fieldline.backend.sync.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** One held field; values are JSON text (a field may hold any JSON value). */
@Type("SyncConflictField")
public record SyncConflictFieldView(
    @NonNull String field,
    @Description("The value at the version the device edited (JSON), if still retained.")
        String base,
    @Description("The device's value (JSON).") @NonNull String mine,
    @Description("The server's value, which the record keeps until resolved (JSON).") @NonNull
        String theirs,
    @Description("CONFLICT_HELD or ILLEGAL_TRANSITION.") @NonNull String reason) {}
