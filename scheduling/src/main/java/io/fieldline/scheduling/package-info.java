/**
 * Fieldline's dispatch engine on OptaPlanner 10.2: the solver model ({@code domain}), travel times
 * ({@code travel}), constraints and solver configuration ({@code solver}), real-time re-planning
 * ({@code realtime}), explanations ({@code explain}) and the benchmarks ({@code bench}).
 *
 * <p>Times are epoch seconds (UTC) and durations are seconds throughout, as {@code long}s, so the
 * solver's hot path does no date arithmetic. The Solomon benchmark reuses the same model with one
 * time unit per tenth of a distance unit.
 */
package io.fieldline.scheduling;
