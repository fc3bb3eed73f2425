package io.fieldline.backend.service.graphql.view;

import io.fieldline.backend.service.AttachmentKind;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A photo or document of a report, by reference to object storage. */
@Type("ReportAttachment")
public record AttachmentView(
    @Id @NonNull UUID id,
    @NonNull AttachmentKind kind,
    @NonNull String storageRef,
    @NonNull String sha256,
    long sizeBytes,
    @NonNull String mediaType,
    String caption,
    @NonNull OffsetDateTime createdAt) {}
