package io.fieldline.scheduling.travel;

import io.fieldline.scheduling.domain.Location;

/**
 * The default estimate without a road network: haversine distance times a road factor, driven at a
 * constant speed. Wrap it in {@link TravelMatrix#precompute} for the solver's hot path.
 */
public final class GreatCircleTravelTimes implements TravelTimes {

  private static final double EARTH_RADIUS_METERS = 6_371_000.0;

  private final double roadFactor;
  private final double metersPerSecond;

  /**
   * @param roadFactor road distance over straight-line distance, at least 1 (1.3 is typical)
   * @param kilometersPerHour average driving speed, positive
   */
  public GreatCircleTravelTimes(double roadFactor, double kilometersPerHour) {
    if (roadFactor < 1.0 || !(kilometersPerHour > 0.0)) {
      throw new IllegalArgumentException(
          "roadFactor must be >= 1 and speed > 0, got " + roadFactor + " and " + kilometersPerHour);
    }
    this.roadFactor = roadFactor;
    this.metersPerSecond = kilometersPerHour / 3.6;
  }

  /** Road factor 1.3 at 40 km/h: mixed urban and suburban field service. */
  public static GreatCircleTravelTimes urbanDefault() {
    return new GreatCircleTravelTimes(1.3, 40.0);
  }

  @Override
  public long meters(Location from, Location to) {
    return Math.round(roadFactor * haversineMeters(from, to));
  }

  @Override
  public long seconds(Location from, Location to) {
    return Math.round(meters(from, to) / metersPerSecond);
  }

  static double haversineMeters(Location from, Location to) {
    double lat1 = Math.toRadians(from.latitude());
    double lat2 = Math.toRadians(to.latitude());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(to.longitude() - from.longitude());
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1.0, Math.sqrt(a)));
  }
}
