package io.fieldline.backend.dispatch.plan;

/** A job's progress as streamed to the board: the best score so far and its KPIs. */
public record Progress(String bestScore, Kpis kpis, long elapsedMillis, int improvements) {}
