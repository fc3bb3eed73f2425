package io.fieldline.scheduling.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.scheduling.bench.FieldDayGenerator;
import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.Location;
import io.fieldline.scheduling.domain.Priority;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.Visit;
import io.fieldline.scheduling.solver.DispatchEngine;
import io.fieldline.scheduling.solver.SolverSettings;
import io.fieldline.scheduling.testdata.TestPlans;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each change on a running daemon job over a small published day; futures bound the waits. */
class RealtimeDispatcherTest {

  private DispatchEngine engine;
  private RealtimeDispatcher dispatcher;
  private DispatchPlan published;

  @BeforeEach
  void startOnAPublishedPlan() {
    published = TestPlans.publishedDay();
    SolverSettings realtime =
        SolverSettings.untilUnimproved(Duration.ofMillis(300), Duration.ofSeconds(5))
            .withSeed(2)
            .asDaemon();
    engine = DispatchEngine.forDispatch(realtime, 1);
  }

  private void start() {
    dispatcher = RealtimeDispatcher.start(engine, "day", published);
  }

  @AfterEach
  void stop() {
    if (dispatcher != null) {
      dispatcher.close();
    }
    engine.close();
  }

  @Test
  void urgentVisitIsPlacedAndTheReportCountsPublishedVisits() throws Exception {
    start();
    Visit urgent =
        Visit.builder("urgent", new Location("urgent", 48.86, 2.34))
            .serviceSeconds(1800)
            .window(FieldDayGenerator.at(9, 0), FieldDayGenerator.at(16, 0))
            .priority(Priority.URGENT)
            .build();
    var placed =
        dispatcher.awaitBest(plan -> plan.findVisit("urgent").map(Visit::isAssigned).orElse(false));
    ChangeReport report = dispatcher.apply(new UrgentVisit(urgent)).get(30, TimeUnit.SECONDS);
    DispatchPlan after = placed.get(30, TimeUnit.SECONDS);
    assertThat(after.findVisit("urgent").orElseThrow().getShift().isUnassignedBucket()).isFalse();
    assertThat(report.publishedVisits()).isGreaterThan(10);
    assertThat(report.disruptionShare()).isLessThan(0.5);
  }

  @Test
  void unavailableTechnicianKeepsOnlyPinnedWork() throws Exception {
    TechnicianShift shift = busiest();
    Visit pinned = shift.getVisits().get(0);
    List<String> others = shift.getVisits().stream().skip(1).map(Visit::getId).toList();
    pinned.setPinned(true);
    start();
    ChangeReport report =
        dispatcher
            .apply(new TechnicianUnavailable(shift.getId(), FieldDayGenerator.at(8, 0)))
            .get(30, TimeUnit.SECONDS);
    DispatchPlan after = dispatcher.best();
    TechnicianShift working = after.findShift(shift.getId()).orElseThrow();
    assertThat(working.getVisits()).extracting(Visit::getId).containsExactly(pinned.getId());
    for (String id : others) {
      assertThat(after.findVisit(id).orElseThrow().getShift()).isNotSameAs(working).isNotNull();
    }
    assertThat(report.moved()).extracting(MovedVisit::visitId).containsAll(others);
  }

  @Test
  void cancelledVisitLeavesThePlan() throws Exception {
    start();
    String id = busiest().getVisits().get(0).getId();
    ChangeReport report = dispatcher.apply(new VisitCancelled(id)).get(30, TimeUnit.SECONDS);
    DispatchPlan after = dispatcher.best();
    assertThat(after.findVisit(id)).isEmpty();
    assertThat(after.getShifts())
        .allSatisfy(s -> assertThat(s.getVisits()).extracting(Visit::getId).doesNotContain(id));
    assertThat(report.moved()).extracting(MovedVisit::visitId).doesNotContain(id);
  }

  @Test
  void overrunAndEarlyFinishMoveWhenTheTechnicianIsFree() throws Exception {
    start();
    TechnicianShift shift = busiest();
    dispatcher
        .apply(new VisitOverrun(shift.getId(), FieldDayGenerator.at(10, 0)))
        .get(30, TimeUnit.SECONDS);
    TechnicianShift late = dispatcher.best().findShift(shift.getId()).orElseThrow();
    assertThat(late.getStart()).isEqualTo(FieldDayGenerator.at(10, 0));
    assertThat(late.getVisits())
        .allSatisfy(
            v ->
                assertThat(v.getServiceStart())
                    .isGreaterThanOrEqualTo(FieldDayGenerator.at(10, 0)));

    Location site = new Location("site", 48.85, 2.35);
    dispatcher
        .apply(new VisitDoneEarly(shift.getId(), site, FieldDayGenerator.at(9, 0)))
        .get(30, TimeUnit.SECONDS);
    TechnicianShift early = dispatcher.best().findShift(shift.getId()).orElseThrow();
    assertThat(early.getStart()).isEqualTo(FieldDayGenerator.at(9, 0));
    assertThat(early.getStartLocation()).isEqualTo(site);
  }

  @Test
  void startedVisitIsFrozenOutOfTheProblem() throws Exception {
    start();
    TechnicianShift shift = busiest();
    Visit first = shift.getVisits().get(0);
    dispatcher
        .apply(new VisitStarted(first.getId(), first.getServiceStart()))
        .get(30, TimeUnit.SECONDS);
    DispatchPlan after = dispatcher.best();
    assertThat(after.findVisit(first.getId())).isEmpty();
    TechnicianShift working = after.findShift(shift.getId()).orElseThrow();
    assertThat(working.getStartLocation()).isEqualTo(first.getLocation());
    assertThat(working.getStart()).isEqualTo(first.getServiceEnd());
  }

  private TechnicianShift busiest() {
    return published.getTechnicianShifts().stream()
        .filter(s -> s.getVisits().size() >= 2)
        .max((a, b) -> Integer.compare(a.getVisits().size(), b.getVisits().size()))
        .orElseThrow();
  }
}
