package io.fieldline.backend.service.graphql;

import io.fieldline.backend.error.ApiException;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** Turns "not visible" (a null read) into NOT_FOUND. */
final class Found {
  private Found() {}

  static <T> Uni<T> orNotFound(Uni<T> read, String what, UUID id) {
    return read.onItem().ifNull().failWith(() -> ApiException.notFound(what, id));
  }
}
