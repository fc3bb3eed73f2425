package io.fieldline.backend.identity.device;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A phone (or other client) of the signed-in user. */
@Type("Device")
public record DeviceView(
    @Id @NonNull UUID id,
    @NonNull String name,
    @NonNull DevicePlatform platform,
    String appVersion,
    Integer protocolVersion,
    boolean pushEnabled,
    OffsetDateTime lastSyncAt) {}
