package io.fieldline.backend.service;

import io.fieldline.backend.error.ApiException;
import java.time.OffsetDateTime;

/**
 * Where and when the device was at a check-in or check-out: its clock, its position and the
 * position's accuracy in metres.
 */
public record GeoEvidence(
    OffsetDateTime recordedAt, double latitude, double longitude, double accuracyMeters) {

  public GeoEvidence {
    if (recordedAt == null) {
      throw ApiException.invalid("evidence.recordedAt", "recordedAt is required");
    }
    if (latitude < -90 || latitude > 90) {
      throw ApiException.invalid("evidence.latitude", "latitude must be between -90 and 90");
    }
    if (longitude < -180 || longitude > 180) {
      throw ApiException.invalid("evidence.longitude", "longitude must be between -180 and 180");
    }
    if (accuracyMeters < 0 || accuracyMeters > 100_000) {
      throw ApiException.invalid(
          "evidence.accuracyMeters", "accuracyMeters must be between 0 and 100000");
    }
  }
}
