package io.fieldline.scheduling.travel;

import io.fieldline.scheduling.domain.Location;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers every pair asked of a slower provider (a road-network service), keyed by location.
 * Thread-safe: solver threads and the explainer may share one instance.
 */
public final class CachingTravelTimes implements TravelTimes {

  private record Leg(Location from, Location to) {}

  private record Cost(long seconds, long meters) {}

  private final TravelTimes delegate;
  private final Map<Leg, Cost> cache = new ConcurrentHashMap<>();

  public CachingTravelTimes(TravelTimes delegate) {
    this.delegate = delegate;
  }

  @Override
  public long seconds(Location from, Location to) {
    return cost(from, to).seconds();
  }

  @Override
  public long meters(Location from, Location to) {
    return cost(from, to).meters();
  }

  /** Number of distinct legs fetched from the delegate so far. */
  public int cachedLegs() {
    return cache.size();
  }

  private Cost cost(Location from, Location to) {
    return cache.computeIfAbsent(
        new Leg(from, to), leg -> new Cost(delegate.seconds(from, to), delegate.meters(from, to)));
  }
}
