package io.fieldline.scheduling.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.domain.PublishedAssignment;
import io.fieldline.scheduling.domain.TechnicianShift;
import io.fieldline.scheduling.domain.Visit;
import io.fieldline.scheduling.testdata.TestPlans;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.stream.Constraint;

/**
 * The meta-test: fails when a constraint method has no penalised and unpenalised test, when an id
 * constant is not defined by the provider, or when the provider defines a constraint without one.
 */
class ConstraintCoverageTest {

  @Test
  void everyConstraintMethodHasAPenalisedAndAnUnpenalisedTest() {
    Set<String> tests =
        Arrays.stream(DispatchConstraintProviderTest.class.getDeclaredMethods())
            .filter(method -> method.isAnnotationPresent(org.junit.jupiter.api.Test.class))
            .map(Method::getName)
            .collect(Collectors.toSet());
    List<String> constraints = constraintMethods();
    assertThat(constraints).hasSize(ConstraintIds.ALL.size());
    for (String constraint : constraints) {
      assertThat(tests)
          .as("tests of " + constraint)
          .contains(constraint + "Penalised", constraint + "Unpenalised");
    }
  }

  @Test
  void everyIdIsDefinedAndEveryDefinedConstraintHasAnId() {
    TechnicianShift shiftA = TestPlans.shift(TestPlans.technician("A"));
    shiftA.setCapacity(5);
    shiftA.setEnd(TestPlans.at(8, 40));
    shiftA.setMaxOvertimeSeconds(300);
    TechnicianShift shiftB = TestPlans.shift(TestPlans.technician("B"));
    Visit breaksEverything =
        Visit.builder("v1", TestPlans.grid("at-v1", 10, 0))
            .serviceSeconds(1800)
            .window(TestPlans.at(7, 0), TestPlans.at(8, 5))
            .requires("solar", 1)
            .territory("south")
            .slaDue(TestPlans.at(8, 30))
            .preferredTechnician("B")
            .demand(7)
            .published(PublishedAssignment.withTolerance("B", TestPlans.at(10, 0), 600))
            .build();
    Visit pinnedElsewhere =
        TestPlans.visit("v2", 10, 1)
            .published(PublishedAssignment.withTolerance("C", TestPlans.at(9, 0), 600))
            .pinned()
            .build();
    Visit unassigned = TestPlans.visit("v3", 5, 5).build();
    DispatchPlan plan =
        TestPlans.plan(
            List.of(shiftA, shiftB), List.of(breaksEverything, pinnedElsewhere, unassigned));
    shiftA.getVisits().addAll(List.of(breaksEverything, pinnedElsewhere));
    plan.findBucket(TestPlans.DAY).orElseThrow().getVisits().add(unassigned);
    try (DispatchEngine engine =
        DispatchEngine.forDispatch(SolverSettings.timeLimited(Duration.ofSeconds(1)), 1)) {
      Set<String> defined =
          engine.explain(plan).getConstraintMatchTotalMap().values().stream()
              .filter(total -> total.getConstraintMatchCount() > 0)
              .map(ConstraintMatchTotal::getConstraintName)
              .collect(Collectors.toSet());
      assertThat(defined).containsExactlyInAnyOrderElementsOf(ConstraintIds.ALL);
    }
  }

  @Test
  void routingProviderOnlyReusesDispatchConstraints() {
    assertThat(
            Arrays.stream(RoutingConstraintProvider.class.getDeclaredMethods())
                .filter(method -> method.getReturnType() == Constraint.class))
        .isEmpty();
  }

  private static List<String> constraintMethods() {
    return Arrays.stream(DispatchConstraintProvider.class.getDeclaredMethods())
        .filter(method -> Modifier.isPublic(method.getModifiers()))
        .filter(method -> method.getReturnType() == Constraint.class)
        .map(Method::getName)
        .sorted()
        .toList();
  }
}
