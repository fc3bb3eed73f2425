package io.fieldline.scheduling.solver;

import static io.fieldline.scheduling.testdata.TestPlans.at;
import static io.fieldline.scheduling.testdata.TestPlans.route;
import static io.fieldline.scheduling.testdata.TestPlans.shift;
import static io.fieldline.scheduling.testdata.TestPlans.technician;
import static io.fieldline.scheduling.testdata.TestPlans.visit;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.Priority;
import io.fieldline.scheduling.domain.PublishedAssignment;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.Visit;
import io.fieldline.scheduling.testdata.TestPlans;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/**
 * One test pair per constraint: {@code <constraint>Penalised} and {@code <constraint>Unpenalised}.
 * The baseline is a shift from the depot at 08:00 and one 30-minute visit 10 minutes away: it
 * starts 08:10, ends 08:40, and the technician is back at 08:50.
 */
class DispatchConstraintProviderTest {

  private final ConstraintVerifier<DispatchConstraintProvider, DispatchPlan> verifier =
      ConstraintVerifier.build(
              new DispatchConstraintProvider(),
              DispatchPlan.class,
              TechnicianShift.class,
              Visit.class)
          .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

  private final TechnicianShift shiftA = shift(technician("A"));

  @Test
  void requiredSkillsPenalised() {
    Visit visit = visit("v", 10, 0).requires("solar", 1).requires("electrical", 2).build();
    route(shiftA, visit);
    verifier
        .verifyThat(DispatchConstraintProvider::requiredSkills)
        .given(shiftA, visit)
        .penalizesBy(1);
  }

  @Test
  void requiredSkillsUnpenalised() {
    Visit visit = visit("v", 10, 0).requires("electrical", 3).build();
    route(shiftA, visit);
    verifier
        .verifyThat(DispatchConstraintProvider::requiredSkills)
        .given(shiftA, visit)
        .penalizesBy(0);
  }

  @Test
  void territoryPenalised() {
    Visit visit = visit("v", 10, 0).territory("south").build();
    route(shiftA, visit);
    verifier.verifyThat(DispatchConstraintProvider::territory).given(shiftA, visit).penalizesBy(1);
  }

  @Test
  void territoryUnpenalised() {
    Visit visit = visit("v", 10, 0).build();
    route(shiftA, visit);
    verifier.verifyThat(DispatchConstraintProvider::territory).given(shiftA, visit).penalizesBy(0);
  }

  @Test
  void timeWindowPenalised() {
    Visit visit = lateVisit();
    route(shiftA, visit);
    verifier
        .verifyThat(DispatchConstraintProvider::timeWindow)
        .given(shiftA, visit)
        .penalizesBy(300);
  }

  @Test
  void timeWindowUnpenalised() {
    Visit visit = visit("v", 10, 0).build();
    route(shiftA, visit);
    verifier.verifyThat(DispatchConstraintProvider::timeWindow).given(shiftA, visit).penalizesBy(0);
  }

  @Test
  void shiftEndPenalised() {
    shiftA.setEnd(at(8, 40));
    Visit visit = visit("v", 10, 0).build();
    route(shiftA, visit);
    verifier.verifyThat(DispatchConstraintProvider::shiftEnd).given(shiftA, visit).penalizesBy(600);
  }

  @Test
  void shiftEndUnpenalised() {
    shiftA.setEnd(at(8, 40));
    shiftA.setMaxOvertimeSeconds(600);
    Visit visit = visit("v", 10, 0).build();
    route(shiftA, visit);
    verifier.verifyThat(DispatchConstraintProvider::shiftEnd).given(shiftA, visit).penalizesBy(0);
  }

  @Test
  void capacityPenalised() {
    shiftA.setCapacity(5);
    Visit visit = visit("v", 10, 0).demand(7).build();
    route(shiftA, visit);
    verifier.verifyThat(DispatchConstraintProvider::capacity).given(shiftA, visit).penalizesBy(2);
  }

  @Test
  void capacityUnpenalised() {
    shiftA.setCapacity(7);
    Visit visit = visit("v", 10, 0).demand(7).build();
    route(shiftA, visit);
    verifier.verifyThat(DispatchConstraintProvider::capacity).given(shiftA, visit).penalizesBy(0);
  }

  @Test
  void frozenVisitStaysPenalised() {
    Visit visit = visit("v", 10, 0).published(promise("B", at(8, 10))).pinned().build();
    route(shiftA, visit);
    verifier
        .verifyThat(DispatchConstraintProvider::frozenVisitStays)
        .given(shiftA, visit)
        .penalizesBy(DispatchConstraintProvider.FROZEN_VISIT_WEIGHT);
  }

  @Test
  void frozenVisitStaysUnpenalised() {
    Visit visit = visit("v", 10, 0).published(promise("A", at(8, 10))).pinned().build();
    route(shiftA, visit);
    verifier
        .verifyThat(DispatchConstraintProvider::frozenVisitStays)
        .given(shiftA, visit)
        .penalizesBy(0);
  }

  @Test
  void unassignedVisitPenalised() {
    TechnicianShift bucket = TechnicianShift.unassignedBucket(TestPlans.DAY);
    Visit visit = visit("v", 10, 0).priority(Priority.HIGH).build();
    route(bucket, visit);
    verifier
        .verifyThat(DispatchConstraintProvider::unassignedVisit)
        .given(shiftA, bucket, visit)
        .penalizesBy(Priority.HIGH.weight());
  }

  @Test
  void unassignedVisitUnpenalised() {
    TechnicianShift bucket = TechnicianShift.unassignedBucket(TestPlans.DAY);
    Visit visit = visit("v", 10, 0).priority(Priority.HIGH).build();
    route(shiftA, visit);
    verifier
        .verifyThat(DispatchConstraintProvider::unassignedVisit)
        .given(shiftA, bucket, visit)
        .penalizesBy(0);
  }

  @Test
  void travelTimePenalised() {
    Visit visit = visit("v", 10, 0).build();
    route(shiftA, visit);
    verifier
        .verifyThat(DispatchConstraintProvider::travelTime)
        .given(shiftA, visit)
        .penalizesBy(1200);
  }

  @Test
  void travelTimeUnpenalised() {
    TechnicianShift bucket = TechnicianShift.unassignedBucket(TestPlans.DAY);
    Visit visit = visit("v", 10, 0).build();
    route(bucket, visit);
    verifier
        .verifyThat(DispatchConstraintProvider::travelTime)
        .given(shiftA, bucket, visit)
        .penalizesBy(0);
  }

  @Test
  void slaLatenessPenalised() {
    Visit visit = visit("v", 10, 0).slaDue(at(8, 30)).build();
    route(shiftA, visit);
    verifier
        .verifyThat(DispatchConstraintProvider::slaLateness)
        .given(shiftA, visit)
        .penalizesBy(600 * DispatchConstraintProvider.SLA_SECOND_WEIGHT);
  }

  @Test
  void slaLatenessUnpenalised() {
    Visit visit = visit("v", 10, 0).slaDue(at(8, 40)).build();
    route(shiftA, visit);
    verifier
        .verifyThat(DispatchConstraintProvider::slaLateness)
        .given(shiftA, visit)
        .penalizesBy(0);
  }

  @Test
  void preferredTechnicianPenalised() {
    Visit visit = visit("v", 10, 0).preferredTechnician("B").build();
    route(shiftA, visit);
    verifier
        .verifyThat(DispatchConstraintProvider::preferredTechnician)
        .given(shiftA, visit)
        .penalizesBy(DispatchConstraintProvider.PREFERRED_TECHNICIAN_WEIGHT);
  }

  @Test
  void preferredTechnicianUnpenalised() {
    Visit visit = visit("v", 10, 0).preferredTechnician("A").build();
    route(shiftA, visit);
    verifier
        .verifyThat(DispatchConstraintProvider::preferredTechnician)
        .given(shiftA, visit)
        .penalizesBy(0);
  }

  @Test
  void technicianChangedPenalised() {
    Visit visit = visit("v", 10, 0).published(promise("B", at(8, 10))).build();
    route(shiftA, visit);
    verifier
        .verifyThat(DispatchConstraintProvider::technicianChanged)
        .given(shiftA, visit)
        .penalizesBy(DispatchConstraintProvider.TECHNICIAN_CHANGED_WEIGHT);
  }

  @Test
  void technicianChangedUnpenalised() {
    Visit visit = visit("v", 10, 0).published(promise("A", at(9, 0))).build();
    route(shiftA, visit);
    verifier
        .verifyThat(DispatchConstraintProvider::technicianChanged)
        .given(shiftA, visit)
        .penalizesBy(0);
  }

  @Test
  void promiseBrokenPenalised() {
    Visit visit = visit("v", 10, 0).published(promise("A", at(10, 0))).build();
    route(shiftA, visit);
    verifier
        .verifyThat(DispatchConstraintProvider::promiseBroken)
        .given(shiftA, visit)
        .penalizesBy(DispatchConstraintProvider.PROMISE_BROKEN_WEIGHT + 50 * 60);
  }

  @Test
  void promiseBrokenUnpenalised() {
    Visit visit = visit("v", 10, 0).published(promise("A", at(9, 0))).build();
    route(shiftA, visit);
    verifier
        .verifyThat(DispatchConstraintProvider::promiseBroken)
        .given(shiftA, visit)
        .penalizesBy(0);
  }

  @Test
  void workloadFairnessPenalised() {
    TechnicianShift shiftB = shift(technician("B"));
    Visit visit = visit("v", 10, 0).build();
    route(shiftA, visit);
    // A works 50 minutes, B none: mean 25, squared deviation 625 + 625.
    verifier
        .verifyThat(DispatchConstraintProvider::workloadFairness)
        .given(shiftA, shiftB, visit)
        .penalizesBy(1250);
  }

  @Test
  void workloadFairnessUnpenalised() {
    TechnicianShift shiftB = shift(technician("B"));
    Visit first = visit("v1", 10, 0).build();
    Visit second = visit("v2", 0, 10).build();
    route(shiftA, first);
    route(shiftB, second);
    verifier
        .verifyThat(DispatchConstraintProvider::workloadFairness)
        .given(shiftA, shiftB, first, second)
        .penalizesBy(0);
  }

  @Test
  void overtimePenalised() {
    shiftA.setEnd(at(8, 45));
    shiftA.setMaxOvertimeSeconds(3600);
    Visit visit = visit("v", 10, 0).build();
    route(shiftA, visit);
    verifier
        .verifyThat(DispatchConstraintProvider::overtime)
        .given(shiftA, visit)
        .penalizesBy(300 * DispatchConstraintProvider.OVERTIME_SECOND_WEIGHT);
  }

  @Test
  void overtimeUnpenalised() {
    shiftA.setEnd(at(8, 50));
    Visit visit = visit("v", 10, 0).build();
    route(shiftA, visit);
    verifier.verifyThat(DispatchConstraintProvider::overtime).given(shiftA, visit).penalizesBy(0);
  }

  /** A visit 10 minutes away whose only window closes at 08:05: it starts 5 minutes late. */
  private static Visit lateVisit() {
    return Visit.builder("v", TestPlans.grid("at-v", 10, 0))
        .serviceSeconds(1800)
        .window(at(7, 0), at(8, 5))
        .territory("north")
        .build();
  }

  private static PublishedAssignment promise(String technicianId, long start) {
    return PublishedAssignment.withTolerance(technicianId, start, 3600);
  }
}
