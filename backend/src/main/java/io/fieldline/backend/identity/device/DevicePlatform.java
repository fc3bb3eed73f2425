package io.fieldline.backend.identity.device;

/** What a device runs on. */
public enum DevicePlatform {
  ANDROID,
  IOS,
  WEB,
  SIMULATOR
}
