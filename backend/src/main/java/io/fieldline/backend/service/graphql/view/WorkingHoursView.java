package io.fieldline.backend.service.graphql.view;

import java.time.LocalTime;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Regular working hours on an ISO weekday (1 = Monday). */
@Type("WorkingHours")
public record WorkingHoursView(int weekday, @NonNull LocalTime starts, @NonNull LocalTime ends) {}
