package io.fieldline.sync.engine;

import io.fieldline.sync.model.Checks;

/** The authenticated principal of a request, as the transport established it (token). */
public record Caller(String principalId) {

  public Caller {
    Checks.text(principalId, "principalId", 128);
  }
}
