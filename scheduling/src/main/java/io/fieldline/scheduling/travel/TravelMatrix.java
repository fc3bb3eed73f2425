package io.fieldline.scheduling.travel;

import io.fieldline.scheduling.domain.Location;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Travel precomputed for a fixed set of locations (a day's active locations), looked up by index.
 * Locations outside the matrix fall back to the source it was computed from, so a visit added in
 * real time still gets a travel time.
 */
public final class TravelMatrix implements TravelTimes {

  private final Map<Location, Integer> indexOf;

  /**
   * The same index by identity: plans share the matrix's location instances, and an identity lookup
   * skips hashing and comparing the record on every leg the solver re-times.
   */
  private final Map<Location, Integer> indexOfInstance;

  private final long[][] seconds;
  private final long[][] meters;
  private final TravelTimes fallback;

  private TravelMatrix(
      Map<Location, Integer> indexOf, long[][] seconds, long[][] meters, TravelTimes fallback) {
    this.indexOf = indexOf;
    this.indexOfInstance = new IdentityHashMap<>(indexOf);
    this.seconds = seconds;
    this.meters = meters;
    this.fallback = fallback;
  }

  /** Computes every pair of {@code locations} with {@code source}; duplicates are ignored. */
  public static TravelMatrix precompute(Collection<Location> locations, TravelTimes source) {
    List<Location> distinct = List.copyOf(new LinkedHashSet<>(locations));
    int n = distinct.size();
    long[][] seconds = new long[n][n];
    long[][] meters = new long[n][n];
    Map<Location, Integer> indexOf = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      indexOf.put(distinct.get(i), i);
      for (int j = 0; j < n; j++) {
        seconds[i][j] = source.seconds(distinct.get(i), distinct.get(j));
        meters[i][j] = source.meters(distinct.get(i), distinct.get(j));
      }
    }
    return new TravelMatrix(indexOf, seconds, meters, source);
  }

  /**
   * A matrix given as arrays (for example a road-network table), indexed like {@code locations}.
   * Locations outside it have no travel time: asking for one fails.
   */
  public static TravelMatrix of(List<Location> locations, long[][] seconds, long[][] meters) {
    int n = locations.size();
    if (seconds.length != n || meters.length != n) {
      throw new IllegalArgumentException("matrix size differs from the " + n + " locations");
    }
    Map<Location, Integer> indexOf = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      if (seconds[i].length != n || meters[i].length != n) {
        throw new IllegalArgumentException("matrix row " + i + " is not " + n + " long");
      }
      if (indexOf.put(locations.get(i), i) != null) {
        throw new IllegalArgumentException("location " + locations.get(i).id() + " is repeated");
      }
    }
    return new TravelMatrix(indexOf, seconds, meters, null);
  }

  /** Number of locations held. */
  public int size() {
    return seconds.length;
  }

  @Override
  public long seconds(Location from, Location to) {
    Integer i = index(from);
    Integer j = index(to);
    if (i == null || j == null) {
      return fallback(from, to).seconds(from, to);
    }
    return seconds[i][j];
  }

  @Override
  public long meters(Location from, Location to) {
    Integer i = index(from);
    Integer j = index(to);
    if (i == null || j == null) {
      return fallback(from, to).meters(from, to);
    }
    return meters[i][j];
  }

  private Integer index(Location location) {
    Integer index = indexOfInstance.get(location);
    return index != null ? index : indexOf.get(location);
  }

  private TravelTimes fallback(Location from, Location to) {
    if (fallback == null) {
      throw new IllegalArgumentException(
          "no travel time from " + from.id() + " to " + to.id() + " in this matrix");
    }
    return fallback;
  }
}
