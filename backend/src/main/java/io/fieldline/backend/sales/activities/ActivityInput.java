package io.fieldline.backend.sales.activities;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A logged (or planned) activity; a next step may carry a due date. */
@Input("ActivityInput")
public record ActivityInput(
    @NonNull String accountId,
    String contactId,
    String opportunityId,
    @NonNull ActivityType type,
    @NonNull OffsetDateTime occurredAt,
    @NonNull String subject,
    String result,
    String notes,
    String nextStep,
    LocalDate dueDate) {}
