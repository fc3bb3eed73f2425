package io.fieldline.scheduling.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.fieldline.scheduling.domain.DispatchPlan;
import io.fieldline.scheduling.solver.DispatchSolverConfig;
import io.fieldline.scheduling.solver.SolverSettings;
import io.fieldline.scheduling.testdata.SmallSolomon;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;

class SolomonTest {

  private final SolomonInstance instance = SolomonReader.parse(SmallSolomon.lines());

  @Test
  void readsTheOriginalFormat() {
    assertThat(instance.name()).isEqualTo("TINY1");
    assertThat(instance.vehicles()).isEqualTo(3);
    assertThat(instance.capacity()).isEqualTo(40);
    assertThat(instance.customers()).hasSize(8);
    assertThat(instance.nodes().get(7).due()).isEqualTo(100);
    assertThat(new SolomonInstance("RC205", 1, 1, instance.nodes()).instanceClass())
        .isEqualTo("RC2");
  }

  @Test
  void checkerRecomputesTruncatedDistance() {
    // 0 -> 1 -> 0: 10.0 each way; 0 -> 5 -> 0 likewise.
    SolomonChecker.Result result =
        SolomonChecker.check(instance, List.of(List.of(1, 2, 3, 4), List.of(5, 6, 7, 8)));
    assertThat(result.feasible()).as(result.violations().toString()).isTrue();
    assertThat(result.routes()).isEqualTo(2);
    // 0-1 10.0, 1-2 sqrt(13)=3.6, 2-3 sqrt(18)=4.2, 3-4 sqrt(13)=3.6, 4-0 sqrt(178)=13.3
    double first = 10.0 + 3.6 + 4.2 + 3.6 + 13.3;
    double second = 10.0 + 3.6 + 4.2 + 3.6 + 13.3;
    assertThat(result.distance())
        .isCloseTo(first + second, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void checkerReportsEachKindOfViolation() {
    SolomonChecker.Result result =
        SolomonChecker.check(instance, List.of(List.of(1, 2, 3, 4, 7), List.of(5, 6, 8, 1)));
    assertThat(result.feasible()).isFalse();
    assertThat(String.join("\n", result.violations()))
        .contains("over capacity")
        .contains("customer 7 starts")
        .contains("customer 1 served 2 times");
  }

  @Test
  void routingSolverFindsACheckedFeasibleSolution() {
    DispatchPlan plan = SolomonPlans.toPlan(instance);
    SolverSettings settings =
        SolverSettings.timeLimited(Duration.ofSeconds(20)).withSeed(3).withStepLimit(400);
    DispatchPlan best =
        SolverFactory.<DispatchPlan>create(DispatchSolverConfig.forRouting(settings))
            .buildSolver()
            .solve(plan);
    SolomonChecker.Result result = SolomonChecker.check(instance, SolomonPlans.routes(best));
    assertThat(result.feasible()).as(result.violations().toString()).isTrue();
    assertThat(best.getScore().softScore()).isEqualTo(-Math.round(result.distance() * 10));
  }

  @Test
  void bksTableReadsTheDimacsColumns() {
    BksTable table =
        BksTable.parse(
            List.of(
                "instance,bks_routes_dimacs,bks_distance_dimacs,bks_vehicles_hierarchical",
                "C101,10,827.3,10"));
    assertThat(table.find("c101")).contains(new BksTable.Bks(10, 827.3));
    assertThat(table.find("R101")).isEmpty();
  }
}
