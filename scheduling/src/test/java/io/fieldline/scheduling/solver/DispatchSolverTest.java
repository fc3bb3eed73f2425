package io.fieldline.scheduling.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.scheduling.bench.FieldDayGenerator;
import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.Visit;
import io.fieldline.scheduling.realtime.Publication;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;

/** Solver runs on small generated days, bounded by step limits and seeded. */
class DispatchSolverTest {

  private static final SolverSettings SHORT =
      SolverSettings.timeLimited(Duration.ofSeconds(30)).withSeed(11).withStepLimit(300);

  @Test
  void solvesAGeneratedDayFeasiblyAndReproducibly() {
    DispatchPlan first =
        solve(FieldDayGenerator.generate(4, 30, 5), DispatchSolverConfig.forDispatch(SHORT));
    DispatchPlan second =
        solve(FieldDayGenerator.generate(4, 30, 5), DispatchSolverConfig.forDispatch(SHORT));
    assertThat(first.getScore().isFeasible()).isTrue();
    assertThat(first.getScore()).isEqualTo(second.getScore());
    assertThat(first.getVisits()).allSatisfy(visit -> assertThat(visit.getShift()).isNotNull());
    assertThat(first.getVisits().stream().filter(Visit::isAssigned).count())
        .isGreaterThanOrEqualTo(15);
  }

  @Test
  void pinnedVisitsNeverLeaveTheirTechnicianAndShadowsStayConsistent() {
    DispatchPlan solved =
        solve(FieldDayGenerator.generate(3, 15, 8), DispatchSolverConfig.forDispatch(SHORT));
    Publication.publish(solved, 1800);
    TechnicianShift busiest =
        solved.getTechnicianShifts().stream()
            .max((a, b) -> Integer.compare(a.getVisits().size(), b.getVisits().size()))
            .orElseThrow();
    List<Visit> pinned = List.copyOf(busiest.getVisits());
    pinned.forEach(visit -> visit.setPinned(true));
    // Full assert recomputes the score from scratch after every move: any listener drift fails.
    SolverConfig config = DispatchSolverConfig.forDispatch(SHORT.withStepLimit(150));
    config.setEnvironmentMode(EnvironmentMode.FULL_ASSERT);
    DispatchPlan resolved = solve(solved, config);
    for (Visit visit : pinned) {
      Visit now = resolved.findVisit(visit.getId()).orElseThrow();
      assertThat(now.getShift().getId()).isEqualTo(busiest.getId());
    }
  }

  private static DispatchPlan solve(DispatchPlan plan, SolverConfig config) {
    return SolverFactory.<DispatchPlan>create(config).buildSolver().solve(plan);
  }
}
