package io.fieldline.scheduling.domain;

import java.util.Objects;

/**
 * A place a technician starts from, works at or returns to.
 *
 * @param id stable identifier; travel matrices are keyed by it
 * @param latitude WGS84 latitude in degrees (or a planar y coordinate for synthetic instances)
 * @param longitude WGS84 longitude in degrees (or a planar x coordinate for synthetic instances)
 */
public record Location(String id, double latitude, double longitude) {

  public Location {
    Objects.requireNonNull(id, "id");
    if (!Double.isFinite(latitude) || !Double.isFinite(longitude)) {
      throw new IllegalArgumentException(
          "location " + id + " has a non-finite coordinate: " + latitude + ", " + longitude);
    }
  }

  /**
   * Same components, compared without the record's generated (method-handle) equality: travel
   * matrices look locations up on every leg the solver re-times.
   */
  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof Location that
            && id.equals(that.id)
            && Double.compare(latitude, that.latitude) == 0
            && Double.compare(longitude, that.longitude) == 0);
  }

  /** The id's (cached) hash: equal locations have equal ids. */
  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
