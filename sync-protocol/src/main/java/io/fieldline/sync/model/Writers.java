package io.fieldline.sync.model;

/** Writer identities recorded per field: a device or the server itself. */
public final class Writers {

  /** The writer id of changes made by the server (back office, dispatch, resolutions). */
  public static final String SERVER = "server";

  private Writers() {}

  /** The writer id of changes made by a device's mutations. */
  public static String device(String deviceId) {
    return "device:" + deviceId;
  }
}
