package io.fieldline.backend.identity.device;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Registration of a device; the id is chosen by the device (a UUID) and stays for its life. */
@Input("DeviceInput")
public class DeviceInput {
  @Id @NonNull public String id;
  @NonNull public String name;
  @NonNull public DevicePlatform platform;
  public String appVersion;
  public Integer protocolVersion;

  /** The FCM registration token, when the app has one; replaced on every refresh. */
  public String fcmToken;
}
