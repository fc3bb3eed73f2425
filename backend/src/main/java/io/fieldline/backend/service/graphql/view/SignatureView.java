package io.fieldline.backend.service.graphql.view;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The customer's signature over the report's content hash. */
@Type("ReportSignature")
public record SignatureView(
    @Id @NonNull UUID id,
    @NonNull String signerName,
    @NonNull OffsetDateTime signedAt,
    @NonNull String imageRef,
    @NonNull String imageSha256,
    @NonNull String reportSha256) {}
