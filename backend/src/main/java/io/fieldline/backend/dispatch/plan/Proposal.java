package io.fieldline.backend.dispatch.plan;

import java.util.List;

/**
 * A proposed plan: score and KPIs before and after, the changes against the current plan, and why
 * visits stay unassigned. Stored as JSON in {@code dispatch_job.proposal}.
 *
 * @param movedPublished published visits whose promise (technician, window) the plan breaks
 */
public record Proposal(
    String scoreBefore,
    String scoreAfter,
    Kpis kpisBefore,
    Kpis kpisAfter,
    int movedPublished,
    List<PlanChange> changes,
    List<Unassigned> unassigned) {

  public Proposal {
    changes = List.copyOf(changes);
    unassigned = List.copyOf(unassigned);
  }

  /** A visit or work order the plan leaves unassigned, with the reason found by checking. */
  public record Unassigned(
      String id, String workOrderNumber, String reason, List<String> candidateShiftIds) {
    public Unassigned {
      candidateShiftIds = List.copyOf(candidateShiftIds);
    }
  }
}
