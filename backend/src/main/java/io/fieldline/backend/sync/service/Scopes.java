package io.fieldline.backend.sync.service;

import java.util.UUID;

/**
 * Scope ids. A scope belongs to a user (all the user's devices share it) and is computed by the
 * database's scope rules from the user's roles and territories (migration V4_1, V4_2).
 */
public final class Scopes {

  private Scopes() {}

  /** The scope of {@code userId}'s devices. */
  public static String ofUser(UUID userId) {
    return "user:" + userId;
  }
}
