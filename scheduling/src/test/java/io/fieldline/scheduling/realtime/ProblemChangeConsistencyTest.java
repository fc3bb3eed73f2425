package io.fieldline.scheduling.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.scheduling.bench.FieldDayGenerator;
import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.Location;
import io.fieldline.scheduling.domain.Priority;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.Visit;
import io.fieldline.scheduling.solver.DispatchEngine;
import io.fieldline.scheduling.solver.DispatchSolverConfig;
import io.fieldline.scheduling.solver.SolverSettings;
import io.fieldline.scheduling.testdata.TestPlans;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * Every change applied inside a FULL_ASSERT solver (shadow variables and scores recomputed from
 * scratch after each move): no listener drift, and every published plan's score is the score of its
 * routes. The change is queued before solving starts, so the solver applies it at its first
 * termination check: deterministic, no timing.
 */
class ProblemChangeConsistencyTest {

  private static final SolverSettings SHORT =
      SolverSettings.timeLimited(Duration.ofSeconds(30)).withSeed(5).withStepLimit(40);

  private static DispatchPlan published;

  private record Run(List<DispatchPlan> bests, List<HardMediumSoftLongScore> scores) {
    DispatchPlan first() {
      return bests.get(0);
    }

    DispatchPlan last() {
      return bests.get(bests.size() - 1);
    }
  }

  @BeforeAll
  static void publishADay() {
    published = TestPlans.publishedDay();
  }

  @Test
  void cancelledVisitIsPublishedAtOnceWithoutIt() {
    String id = busiest().getVisits().get(1).getId();
    Run run = solveWith(new VisitCancelled(id));
    assertThat(run.first().isComplete()).isTrue();
    assertThat(run.first().getScore().isSolutionInitialized()).isTrue();
    for (DispatchPlan plan : run.bests()) {
      assertThat(plan.findVisit(id)).isEmpty();
      assertThat(plan.getShifts())
          .allSatisfy(s -> assertThat(s.getVisits()).extracting(Visit::getId).doesNotContain(id));
    }
  }

  @Test
  void startedVisitFreezesTheShiftAtItsEnd() {
    TechnicianShift shift = busiest();
    Visit first = shift.getVisits().get(0);
    Run run = solveWith(new VisitStarted(first.getId(), first.getServiceStart()));
    TechnicianShift working = run.first().findShift(shift.getId()).orElseThrow();
    assertThat(run.first().findVisit(first.getId())).isEmpty();
    assertThat(working.getStart()).isEqualTo(first.getServiceEnd());
    assertThat(working.getStartLocation()).isEqualTo(first.getLocation());
    assertThat(working.getVisits())
        .allSatisfy(
            v -> assertThat(v.getServiceStart()).isGreaterThanOrEqualTo(first.getServiceEnd()));
  }

  @Test
  void unavailableTechnicianIsEmptiedAndItsVisitsReinserted() {
    TechnicianShift shift = busiest();
    Run run = solveWith(new TechnicianUnavailable(shift.getId(), FieldDayGenerator.at(8, 0)));
    // OptaPlanner publishes the plan with the visits still out before re-inserting them.
    assertThat(run.first().isComplete()).isFalse();
    DispatchPlan after = run.last();
    assertThat(after.isComplete()).isTrue();
    assertThat(after.findShift(shift.getId()).orElseThrow().getVisits()).isEmpty();
  }

  @Test
  void overrunAndEarlyFinishRetimeTheRoute() {
    TechnicianShift shift = busiest();
    Run late = solveWith(new VisitOverrun(shift.getId(), FieldDayGenerator.at(11, 0)));
    assertThat(late.first().findShift(shift.getId()).orElseThrow().getVisits())
        .allSatisfy(
            v ->
                assertThat(v.getServiceStart())
                    .isGreaterThanOrEqualTo(FieldDayGenerator.at(11, 0)));
    Location site = new Location("site", 48.85, 2.35);
    Run early = solveWith(new VisitDoneEarly(shift.getId(), site, FieldDayGenerator.at(7, 30)));
    assertThat(early.first().findShift(shift.getId()).orElseThrow().getStartLocation())
        .isEqualTo(site);
  }

  @Test
  void urgentVisitIsInsertedByTheConstructionHeuristic() {
    Visit urgent =
        Visit.builder("urgent", new Location("urgent", 48.86, 2.34))
            .serviceSeconds(1800)
            .window(FieldDayGenerator.at(9, 0), FieldDayGenerator.at(16, 0))
            .priority(Priority.URGENT)
            .build();
    Run run = solveWith(new UrgentVisit(urgent));
    assertThat(run.last().findVisit("urgent").orElseThrow().getShift()).isNotNull();
  }

  /** Solves a copy of the published day with {@code change} queued; checks every published plan. */
  private static Run solveWith(DispatchChange change) {
    SolverConfig config = DispatchSolverConfig.forDispatch(SHORT);
    config.setEnvironmentMode(EnvironmentMode.FULL_ASSERT);
    Solver<DispatchPlan> solver = SolverFactory.<DispatchPlan>create(config).buildSolver();
    List<DispatchPlan> bests = new ArrayList<>();
    List<HardMediumSoftLongScore> scores = new ArrayList<>();
    solver.addEventListener(
        event -> {
          bests.add(event.getNewBestSolution());
          scores.add((HardMediumSoftLongScore) event.getNewBestScore());
        });
    solver.addProblemChange(change);
    solver.solve(published);
    assertThat(bests).isNotEmpty();
    // Recomputed in place on the published copies: shadows from the routes, score from scratch.
    try (DispatchEngine scorer = DispatchEngine.forDispatch(SHORT, 1)) {
      for (int i = 0; i < bests.size(); i++) {
        DispatchPlan plan = bests.get(i);
        if (plan.isComplete()) {
          assertThat(scorer.score(plan)).isEqualTo(scores.get(i));
        }
      }
    }
    return new Run(bests, scores);
  }

  private static TechnicianShift busiest() {
    return published.getTechnicianShifts().stream()
        .max((a, b) -> Integer.compare(a.getVisits().size(), b.getVisits().size()))
        .orElseThrow();
  }
}
