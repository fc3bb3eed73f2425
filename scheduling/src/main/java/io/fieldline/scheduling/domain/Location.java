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
}
