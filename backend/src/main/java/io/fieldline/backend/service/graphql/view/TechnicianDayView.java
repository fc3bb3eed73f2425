package io.fieldline.backend.service.graphql.view;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * A technician's day: their visits in order (each with customer, site, contacts, work order, asset
 * and checklist as fields), the parts in their van, and their shifts and absences that day.
 */
@Type("TechnicianDay")
public record TechnicianDayView(
    @NonNull TechnicianView technician,
    @NonNull LocalDate date,
    @NonNull OffsetDateTime from,
    @NonNull OffsetDateTime to,
    @NonNull List<@NonNull VisitView> visits,
    @NonNull List<@NonNull StockLevelView> vanStock,
    @NonNull List<@NonNull ShiftView> shifts,
    @NonNull List<@NonNull AbsenceView> absences) {}
