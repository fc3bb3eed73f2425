package io.fieldline.backend.identity.graphql;

import io.fieldline.backend.error.Ids;
import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.identity.auth.CurrentUser;
import io.fieldline.backend.identity.device.DeviceInput;
import io.fieldline.backend.identity.device.DeviceView;
import io.fieldline.backend.identity.device.Devices;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The signed-in user's devices: registration and push tokens. */
@GraphQLApi
public class DeviceApi {
  private final CurrentUser currentUser;
  private final Devices devices;

  public DeviceApi(CurrentUser currentUser, Devices devices) {
    this.currentUser = currentUser;
    this.devices = devices;
  }

  @Mutation("registerDevice")
  @Description(
      "Registers (or updates) one of the caller's devices; send it again whenever the FCM token"
          + " changes. A device id of another user is refused (FORBIDDEN).")
  public Uni<@NonNull DeviceView> registerDevice(@NonNull DeviceInput input) {
    FieldlinePrincipal p = currentUser.require();
    if (input.name == null || input.name.isBlank() || input.name.length() > 200) {
      throw io.fieldline.backend.error.ApiException.invalid(
          "name", "name must have 1 to 200 characters");
    }
    return devices.register(p, Ids.parse("id", input.id), input);
  }

  @Query("myDevices")
  @Description("The caller's registered devices.")
  public Uni<@NonNull List<@NonNull DeviceView>> myDevices() {
    return devices.mine(currentUser.require());
  }
}
