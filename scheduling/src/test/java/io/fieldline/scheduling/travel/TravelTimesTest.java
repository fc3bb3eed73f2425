package io.fieldline.scheduling.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fieldline.scheduling.domain.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class TravelTimesTest {

  private static final Location PARIS = new Location("paris", 48.8566, 2.3522);
  private static final Location VERSAILLES = new Location("versailles", 48.8049, 2.1204);

  @Test
  void greatCircleAppliesRoadFactorAndSpeed() {
    GreatCircleTravelTimes travel = new GreatCircleTravelTimes(1.3, 36.0);
    long straight = Math.round(GreatCircleTravelTimes.haversineMeters(PARIS, VERSAILLES));
    assertThat(straight).isBetween(17_000L, 18_000L);
    assertThat(travel.meters(PARIS, VERSAILLES))
        .isCloseTo(Math.round(1.3 * straight), org.assertj.core.api.Assertions.within(1L));
    assertThat(travel.seconds(PARIS, VERSAILLES))
        .isEqualTo(Math.round(travel.meters(PARIS, VERSAILLES) / 10.0));
    assertThat(travel.seconds(PARIS, PARIS)).isZero();
  }

  @Test
  void greatCircleRejectsImpossibleSettings() {
    assertThatThrownBy(() -> new GreatCircleTravelTimes(0.9, 40))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GreatCircleTravelTimes(1.3, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void matrixMatchesItsSourceAndFallsBackForUnknownLocations() {
    GreatCircleTravelTimes source = GreatCircleTravelTimes.urbanDefault();
    TravelMatrix matrix = TravelMatrix.precompute(List.of(PARIS, VERSAILLES, PARIS), source);
    assertThat(matrix.size()).isEqualTo(2);
    assertThat(matrix.seconds(PARIS, VERSAILLES)).isEqualTo(source.seconds(PARIS, VERSAILLES));
    Location elsewhere = new Location("orly", 48.7262, 2.3652);
    assertThat(matrix.meters(PARIS, elsewhere)).isEqualTo(source.meters(PARIS, elsewhere));
  }

  @Test
  void matrixFindsEqualLocationsThatAreOtherInstances() {
    Location a = new Location("a", 0, 0);
    Location b = new Location("b", 0, 3);
    TravelMatrix matrix =
        TravelMatrix.of(
            List.of(a, b), new long[][] {{0, 7}, {7, 0}}, new long[][] {{0, 9}, {9, 0}});
    Location sameAsB = new Location("b", 0, 3);
    assertThat(sameAsB).isEqualTo(b).hasSameHashCodeAs(b).isNotSameAs(b);
    assertThat(new Location("b", 0, 4)).isNotEqualTo(b);
    assertThat(matrix.seconds(a, sameAsB)).isEqualTo(7);
    assertThat(matrix.meters(sameAsB, a)).isEqualTo(9);
  }

  @Test
  void givenMatrixHasNoFallbackAndChecksItsShape() {
    TravelMatrix matrix =
        TravelMatrix.of(
            List.of(PARIS, VERSAILLES),
            new long[][] {{0, 5}, {6, 0}},
            new long[][] {{0, 50}, {60, 0}});
    assertThat(matrix.seconds(VERSAILLES, PARIS)).isEqualTo(6);
    assertThat(matrix.meters(PARIS, VERSAILLES)).isEqualTo(50);
    assertThatThrownBy(() -> matrix.seconds(PARIS, new Location("x", 1, 1)))
        .hasMessageContaining("no travel time from paris to x");
    assertThatThrownBy(
            () -> TravelMatrix.of(List.of(PARIS), new long[][] {{0, 1}}, new long[][] {{0}}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cachingAsksTheDelegateOncePerLeg() {
    CachingTravelTimes cached = new CachingTravelTimes(GreatCircleTravelTimes.urbanDefault());
    long first = cached.seconds(PARIS, VERSAILLES);
    assertThat(cached.seconds(PARIS, VERSAILLES)).isEqualTo(first);
    cached.meters(PARIS, VERSAILLES);
    cached.seconds(VERSAILLES, PARIS);
    assertThat(cached.cachedLegs()).isEqualTo(2);
  }
}
