package io.fieldline.backend.service.graphql.view;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An answer to a checklist item. */
@Type("ChecklistAnswer")
public record AnswerView(
    @NonNull String itemCode,
    @NonNull String value,
    @NonNull OffsetDateTime answeredAt,
    @Id @NonNull UUID answeredBy) {}
