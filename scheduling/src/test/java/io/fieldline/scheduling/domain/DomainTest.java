package io.fieldline.scheduling.domain;

import static io.fieldline.scheduling.testdata.TestPlans.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fieldline.scheduling.testdata.TestPlans;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainTest {

  @Test
  void serviceWaitsForTheWindowAndSkipsBreaks() {
    Visit visit = TestPlans.visit("v", 1, 0).build();
    List<TimeWindow> lunch = List.of(new TimeWindow(at(12, 0), at(12, 30)));
    assertThat(RouteTimeline.serviceStart(visit, at(7, 0), lunch)).isEqualTo(at(8, 0));
    assertThat(RouteTimeline.serviceStart(visit, at(11, 45), lunch)).isEqualTo(at(12, 30));
    assertThat(RouteTimeline.serviceStart(visit, at(11, 30), lunch)).isEqualTo(at(11, 30));
  }

  @Test
  void serviceUsesTheNextWindowWhenTheFirstHasClosed() {
    Visit visit =
        Visit.builder("v", TestPlans.grid("v", 0, 0))
            .window(at(14, 0), at(15, 0))
            .window(at(8, 0), at(9, 0))
            .build();
    assertThat(visit.getWindows().get(0).start()).isEqualTo(at(8, 0));
    assertThat(RouteTimeline.serviceStart(visit, at(10, 0), List.of())).isEqualTo(at(14, 0));
    assertThat(RouteTimeline.serviceStart(visit, at(16, 0), List.of())).isEqualTo(at(16, 0));
  }

  @Test
  void lateStartIsMeasuredFromTheLastClosedWindow() {
    TechnicianShift shift = TestPlans.shift(TestPlans.technician("A"));
    shift.setStart(at(15, 50));
    Visit visit =
        Visit.builder("v", TestPlans.grid("v", 10, 0))
            .window(at(8, 0), at(9, 0))
            .window(at(14, 0), at(15, 55))
            .build();
    TestPlans.route(shift, visit);
    assertThat(visit.getServiceStart()).isEqualTo(at(16, 0));
    assertThat(visit.getWindowLateness()).isEqualTo(300);
  }

  @Test
  void emptyRouteCostsNothing() {
    TechnicianShift shift = TestPlans.shift(TestPlans.technician("A"));
    RouteTimeline.Timing timing = RouteTimeline.simulate(shift, List.of(), TestPlans.TRAVEL);
    assertThat(timing.travelSeconds()).isZero();
    assertThat(timing.returnTime()).isEqualTo(shift.getStart());
  }

  @Test
  void invalidInputsAreRejectedWithTheFieldNamed() {
    assertThatThrownBy(() -> new TimeWindow(10, 5))
        .hasMessageContaining("end 5 is before start 10");
    assertThatThrownBy(() -> new SkillLevel("gas", 0)).hasMessageContaining("gas");
    assertThatThrownBy(() -> Visit.builder("v", TestPlans.DEPOT).build())
        .hasMessageContaining("window");
    assertThatThrownBy(() -> TestPlans.visit("v", 1, 1).pinned().build())
        .hasMessageContaining("pinned");
    assertThatThrownBy(() -> new PublishedAssignment("A", 100, new TimeWindow(0, 50)))
        .hasMessageContaining("outside its promised window");
  }

  @Test
  void planAddsBucketsPlacesPinnedVisitsAndComputesEligibility() {
    TechnicianShift shiftA = TestPlans.shift(TestPlans.technician("A"));
    TechnicianShift shiftB = TestPlans.shift(TestPlans.technician("B", java.util.Map.of("gas", 1)));
    Visit pinned =
        TestPlans.visit("p", 5, 0)
            .published(PublishedAssignment.withTolerance("B", at(9, 0), 600))
            .pinned()
            .build();
    Visit free = TestPlans.visit("f", 5, 5).requires("electrical", 2).build();
    DispatchPlan plan = TestPlans.plan(List.of(shiftA, shiftB), List.of(pinned, free));
    assertThat(plan.findBucket(TestPlans.DAY)).isPresent();
    assertThat(shiftB.getVisits()).containsExactly(pinned);
    assertThat(pinned.getShift()).isSameAs(shiftB);
    assertThat(pinned.getServiceStart()).isEqualTo(at(8, 5));
    assertThat(free.getShift()).isNull();
    assertThat(free.getEligibleTechnicianIds()).containsExactly("A");
  }
}
