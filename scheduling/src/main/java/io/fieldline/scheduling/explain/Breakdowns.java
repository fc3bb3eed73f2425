package io.fieldline.scheduling.explain;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.Visit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.constraint.Indictment;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** Turns OptaPlanner's score explanation into per-visit breakdowns and constraint totals. */
public final class Breakdowns {

  private Breakdowns() {}

  /** Constraint totals of the explanation, worst first, zero-impact constraints included. */
  public static List<ConstraintTotal> totals(
      ScoreExplanation<DispatchPlan, HardMediumSoftLongScore> explanation) {
    List<ConstraintTotal> totals = new ArrayList<>();
    for (ConstraintMatchTotal<HardMediumSoftLongScore> total :
        explanation.getConstraintMatchTotalMap().values()) {
      totals.add(
          new ConstraintTotal(
              total.getConstraintName(), total.getScore(), total.getConstraintMatchCount()));
    }
    totals.sort((a, b) -> a.score().compareTo(b.score()));
    return totals;
  }

  /** One breakdown per visit of the plan, from the visit's indictment (zero when none). */
  public static List<AssignmentBreakdown> perVisit(
      DispatchPlan plan, ScoreExplanation<DispatchPlan, HardMediumSoftLongScore> explanation) {
    Map<Object, Indictment<HardMediumSoftLongScore>> indictments = explanation.getIndictmentMap();
    List<AssignmentBreakdown> breakdowns = new ArrayList<>();
    for (Visit visit : plan.getVisits()) {
      breakdowns.add(breakdown(visit, indictments.get(visit)));
    }
    return breakdowns;
  }

  private static AssignmentBreakdown breakdown(
      Visit visit, Indictment<HardMediumSoftLongScore> indictment) {
    Map<String, HardMediumSoftLongScore> byConstraint = new HashMap<>();
    List<ConstraintJustification> justifications = new ArrayList<>();
    HardMediumSoftLongScore total = HardMediumSoftLongScore.ZERO;
    if (indictment != null) {
      for (ConstraintMatch<HardMediumSoftLongScore> match : indictment.getConstraintMatchSet()) {
        byConstraint.merge(
            match.getConstraintName(), match.getScore(), HardMediumSoftLongScore::add);
        justifications.add(match.getJustification());
      }
      total = indictment.getScore();
    }
    return new AssignmentBreakdown(
        visit.getId(),
        visit.isAssigned() ? visit.getShift().getTechnician().id() : null,
        visit.isAssigned() ? visit.getServiceStart() : null,
        total,
        byConstraint,
        justifications);
  }
}
