package io.fieldline.backend.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationPayloadTest {
  private final UUID a = UUID.randomUUID();
  private final UUID b = UUID.randomUUID();

  @Test
  void buildsTheContractKeysWithoutDuplicatesOrNulls() {
    Map<String, Object> payload =
        NotificationPayload.builder()
            .notify(List.of(a, b))
            .notify(List.of(a))
            .sync(List.of(b))
            .urgent(true)
            .field("customerName", "Acme")
            .field("grandTotal", 120.5)
            .field("reason", null)
            .build();
    assertThat(payload)
        .containsOnlyKeys("notifyUserIds", "syncUserIds", "urgent", "customerName", "grandTotal");
    assertThat(payload.get("notifyUserIds")).isEqualTo(List.of(a.toString(), b.toString()));
    assertThat(payload.get("syncUserIds")).isEqualTo(List.of(b.toString()));
    assertThat(payload.get("urgent")).isEqualTo(true);
  }

  @Test
  void theBuiltPayloadCannotBeChanged() {
    Map<String, Object> payload = NotificationPayload.builder().notify(List.of(a)).build();
    assertThatThrownBy(() -> ((List<?>) payload.get("notifyUserIds")).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesReservedOrMalformedFieldNames() {
    assertThatThrownBy(() -> NotificationPayload.builder().field("urgent", "yes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("urgent");
    assertThatThrownBy(() -> NotificationPayload.builder().field("customer name", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesNestedValuesAndNullIds() {
    assertThatThrownBy(() -> NotificationPayload.builder().field("lines", List.of(1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lines");
    assertThatThrownBy(() -> NotificationPayload.builder().sync(Arrays.asList(a, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("syncUserIds");
  }
}
