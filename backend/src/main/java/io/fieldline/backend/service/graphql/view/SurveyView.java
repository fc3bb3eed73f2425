package io.fieldline.backend.service.graphql.view;

import io.fieldline.backend.service.SurveyScale;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A customer's satisfaction score for a completed visit, credited to its technician. */
@Type("Survey")
public record SurveyView(
    @Id @NonNull UUID id,
    @Id @NonNull UUID visitId,
    @Id @NonNull UUID technicianId,
    @NonNull SurveyScale scale,
    int score,
    String comment,
    @NonNull OffsetDateTime receivedAt) {}
