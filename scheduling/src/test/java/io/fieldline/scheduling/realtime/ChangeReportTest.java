package io.fieldline.scheduling.realtime;

import static io.fieldline.scheduling.testdata.TestPlans.route;
import static io.fieldline.scheduling.testdata.TestPlans.shift;
import static io.fieldline.scheduling.testdata.TestPlans.technician;
import static io.fieldline.scheduling.testdata.TestPlans.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.RouteShadows;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.Visit;
import io.fieldline.scheduling.testdata.TestPlans;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeReportTest {

  @Test
  void reportsEachBrokenPromiseOnceAndIgnoresKeptOnes() {
    TechnicianShift shiftA = shift(technician("A"));
    TechnicianShift shiftB = shift(technician("B"));
    Visit moved = visit("moved", 10, 0).build();
    Visit delayed = visit("delayed", 20, 0).build();
    Visit kept = visit("kept", 0, 10).build();
    route(shiftA, moved, delayed);
    route(shiftB, kept);
    DispatchPlan before = TestPlans.plan(List.of(shiftA, shiftB), List.of(moved, delayed, kept));
    before.getShifts().forEach(s -> s.setVisits(new ArrayList<>(s.getVisits())));
    RouteShadows.refresh(before);
    assertThat(Publication.publish(before, 600)).isEqualTo(3);
    ChangeReport unchanged = ChangeReport.between(before, before);
    assertThat(unchanged.moved()).isEmpty();

    shiftA.setVisits(new ArrayList<>(List.of(delayed)));
    shiftA.setStart(TestPlans.at(10, 0));
    shiftB.setVisits(new ArrayList<>(List.of(kept, moved)));
    DispatchPlan snapshotBefore = before;
    ChangeReport report = ChangeReport.between(snapshotOf(snapshotBefore), reshadow(before));

    assertThat(report.publishedVisits()).isEqualTo(3);
    assertThat(report.moved())
        .extracting(MovedVisit::visitId, MovedVisit::kind)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("moved", MovedVisit.Kind.TECHNICIAN_CHANGED),
            org.assertj.core.groups.Tuple.tuple("delayed", MovedVisit.Kind.LEFT_PROMISED_WINDOW));
    assertThat(report.disruptionShare()).isEqualTo(2.0 / 3);
  }

  @Test
  void visitsThatLeftTheProblemAreOutsideTheBase() {
    TechnicianShift shiftA = shift(technician("A"));
    Visit cancelled = visit("cancelled", 10, 0).build();
    Visit kept = visit("kept", 20, 0).build();
    route(shiftA, cancelled, kept);
    DispatchPlan before = TestPlans.plan(List.of(shiftA), List.of(cancelled, kept));
    RouteShadows.refresh(before);
    Publication.publish(before, 3600);

    TechnicianShift shiftAfter = shift(technician("A"));
    Visit keptAfter = visit("kept", 20, 0).published(kept.getPublished()).build();
    route(shiftAfter, keptAfter);
    DispatchPlan after = TestPlans.plan(List.of(shiftAfter), List.of(keptAfter));
    RouteShadows.refresh(after);

    ChangeReport report = ChangeReport.between(before, after);
    assertThat(report.publishedVisits()).isEqualTo(1);
    assertThat(report.moved()).isEmpty();
  }

  /**
   * The published state is the promise itself, so a plan whose visits keep it stands in for
   * "before".
   */
  private static DispatchPlan snapshotOf(DispatchPlan plan) {
    TechnicianShift a = shift(technician("A"));
    TechnicianShift b = shift(technician("B"));
    List<Visit> copies = new ArrayList<>();
    for (Visit visit : plan.getVisits()) {
      Visit copy = visit(visit.getId(), 0, 0).published(visit.getPublished()).build();
      copies.add(copy);
      (visit.getPublished().technicianId().equals("A") ? a : b).getVisits().add(copy);
    }
    DispatchPlan snapshot = TestPlans.plan(List.of(a, b), copies);
    for (Visit copy : copies) {
      copy.setServiceStart(copy.getPublished().start());
    }
    return snapshot;
  }

  private static DispatchPlan reshadow(DispatchPlan plan) {
    RouteShadows.refresh(plan);
    return plan;
  }
}
