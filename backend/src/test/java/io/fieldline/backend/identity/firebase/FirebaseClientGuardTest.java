package io.fieldline.backend.identity.firebase;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Production never runs against the Auth emulator, which accepts unsigned tokens. */
class FirebaseClientGuardTest {
  private static final Map<String, String> EMULATOR =
      Map.of(FirebaseClient.EMULATOR_VARIABLE, "localhost:9099");

  @Test
  void productionRefusesToStartWithTheEmulatorVariable() {
    assertThatThrownBy(() -> FirebaseClient.checkEnvironment(EMULATOR, true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("refusing to start");
  }

  @Test
  void otherProfilesAndCleanEnvironmentsStart() {
    assertThatCode(() -> FirebaseClient.checkEnvironment(EMULATOR, false))
        .doesNotThrowAnyException();
    assertThatCode(() -> FirebaseClient.checkEnvironment(Map.of(), true))
        .doesNotThrowAnyException();
  }
}
