package io.fieldline.scheduling.travel;

import io.fieldline.scheduling.domain.Location;

/**
 * Travel between two locations: the solver's only source of driving times and distances. A
 * road-network provider (OSRM or GraphHopper tables) implements this interface the same way as
 * {@link GreatCircleTravelTimes} and {@link TravelMatrix}.
 */
public interface TravelTimes {

  /** Driving time in seconds from {@code from} to {@code to}; 0 for the same location. */
  long seconds(Location from, Location to);

  /**
   * Driving distance in meters (or the instance's distance unit) from {@code from} to {@code to}.
   */
  long meters(Location from, Location to);
}
