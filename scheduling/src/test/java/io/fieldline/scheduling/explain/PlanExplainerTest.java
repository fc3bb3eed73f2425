package io.fieldline.scheduling.explain;

import static io.fieldline.scheduling.testdata.TestPlans.at;
import static io.fieldline.scheduling.testdata.TestPlans.shift;
import static io.fieldline.scheduling.testdata.TestPlans.technician;
import static io.fieldline.scheduling.testdata.TestPlans.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.Visit;
import io.fieldline.scheduling.solver.ConstraintIds;
import io.fieldline.scheduling.solver.DispatchEngine;
import io.fieldline.scheduling.solver.SolverSettings;
import io.fieldline.scheduling.testdata.TestPlans;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanExplainerTest {

  private final TechnicianShift shiftA = shift(technician("A"));

  @Test
  void eachUnassignedReasonIsFoundByCheckingFeasibility() {
    shiftA.setCapacity(5);
    shiftA.setEnd(at(9, 0));
    Visit fixed = visit("fixed", 10, 0).window(at(8, 0), at(8, 15)).build();
    Visit skills = visit("skills", 1, 0).requires("solar", 1).build();
    Visit territory = visit("territory", 1, 0).territory("south").build();
    Visit window = TestPlans.visit("window", 1, 0).build();
    Visit early =
        Visit.builder("early", TestPlans.grid("e", 10, 0))
            .window(at(6, 0), at(7, 0))
            .territory("north")
            .build();
    Visit heavy = visit("heavy", 1, 0).demand(7).build();
    Visit full =
        Visit.builder("full", TestPlans.grid("f", 10, 0))
            .serviceSeconds(1800)
            .window(at(8, 0), at(8, 30))
            .territory("north")
            .build();
    DispatchPlan plan =
        TestPlans.plan(
            List.of(shiftA), List.of(fixed, skills, territory, early, heavy, full, window));
    shiftA.getVisits().add(fixed);
    io.fieldline.scheduling.domain.RouteShadows.refresh(plan);

    assertThat(reason(plan, skills)).isEqualTo(UnassignedReason.NO_TECHNICIAN_WITH_SKILLS);
    assertThat(reason(plan, territory)).isEqualTo(UnassignedReason.OUTSIDE_TERRITORY);
    assertThat(reason(plan, early)).isEqualTo(UnassignedReason.WINDOW_UNREACHABLE);
    assertThat(reason(plan, heavy)).isEqualTo(UnassignedReason.NO_SHIFT_CAPACITY);
    assertThat(reason(plan, full)).isEqualTo(UnassignedReason.SHIFTS_FULL);
    shiftA.setEnd(at(17, 0));
    assertThat(reason(plan, window)).isEqualTo(UnassignedReason.FEASIBLE_INSERTION_EXISTS);
  }

  @Test
  void explanationCarriesTotalsBreakdownsKpisAndReasons() {
    Visit assigned = visit("assigned", 10, 0).build();
    Visit left = visit("left", 5, 5).requires("solar", 1).build();
    DispatchPlan plan = TestPlans.plan(List.of(shiftA), List.of(assigned, left));
    shiftA.getVisits().add(assigned);
    plan.findBucket(TestPlans.DAY).orElseThrow().getVisits().add(left);
    try (DispatchEngine engine =
        DispatchEngine.forDispatch(SolverSettings.timeLimited(Duration.ofSeconds(1)), 1)) {
      PlanExplanation explanation = new PlanExplainer(engine).explain(plan);
      assertThat(explanation.constraintTotals())
          .extracting(ConstraintTotal::constraintId)
          .contains(ConstraintIds.TRAVEL_TIME, ConstraintIds.UNASSIGNED_VISIT);
      AssignmentBreakdown breakdown =
          explanation.assignments().stream()
              .filter(b -> b.visitId().equals("assigned"))
              .findFirst()
              .orElseThrow();
      assertThat(breakdown.technicianId()).isEqualTo("A");
      assertThat(breakdown.byConstraint().get(ConstraintIds.TRAVEL_TIME).softScore())
          .isEqualTo(-1200);
      assertThat(explanation.kpis().assignedVisits()).isEqualTo(1);
      assertThat(explanation.kpis().unassignedVisits()).isEqualTo(1);
      assertThat(explanation.kpis().travelSeconds()).isEqualTo(1200);
      assertThat(explanation.kpis().onTimeShare()).isEqualTo(1.0);
      assertThat(explanation.unassigned())
          .extracting(UnassignedExplanation::reason)
          .containsExactly(UnassignedReason.NO_TECHNICIAN_WITH_SKILLS);
    }
  }

  private static UnassignedReason reason(DispatchPlan plan, Visit visit) {
    return UnassignedVisits.explain(plan, visit).reason();
  }
}
