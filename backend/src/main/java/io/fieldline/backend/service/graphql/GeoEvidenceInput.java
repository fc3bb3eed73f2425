package io.fieldline.backend.service.graphql;

import io.fieldline.backend.service.GeoEvidence;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** The device's time and position (with accuracy in metres) at check-in or check-out. */
@Input("GeoEvidenceInput")
public record GeoEvidenceInput(
    @NonNull OffsetDateTime recordedAt, double latitude, double longitude, double accuracyMeters) {

  public GeoEvidence toEvidence() {
    return new GeoEvidence(recordedAt, latitude, longitude, accuracyMeters);
  }

  static GeoEvidence of(GeoEvidenceInput input) {
    return input == null ? null : input.toEvidence();
  }
}
