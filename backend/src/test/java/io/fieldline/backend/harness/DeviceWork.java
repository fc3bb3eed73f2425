package io.fieldline.backend.harness;

import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A rep's offline work: contacts created on the rep's accounts and edited again and again (every
 * edit a value never used before, so each applied mutation makes exactly one new version), pushed
 * every few mutations and pulled now and then.
 */
public final class DeviceWork {
  /**
   * How long a device keeps retrying one push or pull before it counts as stuck ({@code
   * -Dharness.patience-seconds}, 180).
   */
  public static final Duration PATIENCE =
      Duration.ofSeconds(Long.getLong("harness.patience-seconds", 180));

  private DeviceWork() {}

  /**
   * Queues {@code mutations} mutations, pushing every {@code pushEvery} and pulling every {@code
   * pullEvery}; ends with everything pushed. False if a push or pull ran out of patience.
   */
  public static boolean run(
      Device device, List<UUID> accounts, int mutations, int pushEvery, int pullEvery, long seed) {
    SyncClient client = device.client();
    Random random = new Random(seed);
    if (!client.pullAll(PATIENCE)) {
      return false;
    }
    List<RecordKey> contacts = new ArrayList<>();
    String tag = client.deviceId().toString().substring(0, 8);
    for (int i = 1; i <= mutations; i++) {
      if (contacts.isEmpty() || random.nextInt(4) == 0) {
        UUID account = accounts.get(random.nextInt(accounts.size()));
        contacts.add(
            client.create(
                "contact",
                Map.of(
                    "account_id", FieldValue.of(account.toString()),
                    "first_name", FieldValue.of("F" + tag),
                    "last_name", FieldValue.of("L" + tag + "-" + i))));
      } else {
        RecordKey key = contacts.get(random.nextInt(contacts.size()));
        String field = random.nextBoolean() ? "notes" : "phone";
        client.update(key, Map.of(field, FieldValue.of(tag + "-" + i)));
      }
      if (i % pushEvery == 0 && !client.pushAll(PATIENCE)) {
        return false;
      }
      if (i % pullEvery == 0 && !client.pullAll(PATIENCE)) {
        return false;
      }
    }
    return client.pushAll(PATIENCE);
  }
}
