package io.fieldline.backend.identity;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.fieldline.backend.identity.auth.DevTokenVerifier;
import io.fieldline.backend.support.DemoUsers;
import io.fieldline.backend.support.Gql;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Devices belong to one user for good; push tokens follow the app install. */
@QuarkusTest
class DeviceRegistrationTest {
  @Inject DevTokenVerifier tokens;

  private DemoUsers users() {
    return new DemoUsers(tokens);
  }

  private static Map<String, Object> device(UUID id, String fcmToken) {
    Map<String, Object> input = new HashMap<>();
    input.put("id", id.toString());
    input.put("name", "Pixel 8");
    input.put("platform", "ANDROID");
    input.put("appVersion", "1.4.0");
    input.put("protocolVersion", 1);
    input.put("fcmToken", fcmToken);
    return Map.of("input", input);
  }

  @Test
  void registersAndUpdatesTheCallersDevice() {
    UUID id = UUID.randomUUID();
    String tech = users().acme("tech1");
    Gql.post(tech, "identity/register-device", device(id, null))
        .body("errors", nullValue())
        .body("data.registerDevice.id", equalTo(id.toString()))
        .body("data.registerDevice.pushEnabled", equalTo(false));
    Gql.post(tech, "identity/register-device", device(id, "token-" + id))
        .body("data.registerDevice.pushEnabled", equalTo(true))
        .body("data.registerDevice.appVersion", equalTo("1.4.0"));
    Gql.post(tech, "identity/my-devices").body("data.myDevices.id", hasItem(id.toString()));
  }

  @Test
  void anotherUsersDeviceIdIsRefusedAndUnchanged() {
    UUID id = UUID.randomUUID();
    Gql.post(users().acme("tech1"), "identity/register-device", device(id, null))
        .body("errors", nullValue());
    Gql.post(users().acme("tech2"), "identity/register-device", device(id, "stolen"))
        .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    Gql.post(users().acme("tech2"), "identity/my-devices")
        .body("data.myDevices.id", not(hasItem(id.toString())));
    Gql.post(users().acme("tech1"), "identity/my-devices")
        .body("data.myDevices.find { it.id == '" + id + "' }.pushEnabled", equalTo(false));
  }

  @Test
  void anotherTenantsDeviceIdIsRefused() {
    UUID id = UUID.randomUUID();
    Gql.post(users().globex("tech1"), "identity/register-device", device(id, null))
        .body("errors", nullValue());
    Gql.post(users().acme("tech1"), "identity/register-device", device(id, null))
        .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
  }

  @Test
  void aPushTokenMovesToTheDeviceThatRegistersItLast() {
    String token = "shared-install-" + UUID.randomUUID();
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    Gql.post(users().acme("rep1"), "identity/register-device", device(first, token));
    Gql.post(users().acme("rep2"), "identity/register-device", device(second, token))
        .body("data.registerDevice.pushEnabled", equalTo(true));
    Gql.post(users().acme("rep1"), "identity/my-devices")
        .body("data.myDevices.find { it.id == '" + first + "' }.pushEnabled", equalTo(false));
  }

  @Test
  void missingNameIsAValidationError() {
    Map<String, Object> vars = device(UUID.randomUUID(), null);
    @SuppressWarnings("unchecked")
    Map<String, Object> input = (Map<String, Object>) vars.get("input");
    input.put("name", " ");
    Gql.post(users().acme("tech1"), "identity/register-device", vars)
        .body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].extensions.field", equalTo("name"));
  }
}
