package io.fieldline.backend.notify.push;

import com.google.firebase.messaging.AndroidConfig;
import com.google.firebase.messaging.AndroidNotification;
import com.google.firebase.messaging.ApnsConfig;
import com.google.firebase.messaging.Aps;
import com.google.firebase.messaging.Message;
import com.google.firebase.messaging.Notification;
import java.time.Duration;
import java.util.Map;

/**
 * The two FCM message shapes the service sends, with their Android and APNs settings. Both carry
 * both platform blocks; FCM applies the one matching the token.
 */
public final class PushMessages {
  /** Android notification channel the app creates for Fieldline notices. */
  public static final String CHANNEL_ID = "fieldline-updates";

  /** Collapse key (Android) and apns-collapse-id (iOS) of sync messages: only the latest waits. */
  public static final String SYNC_COLLAPSE_KEY = "sync";

  /** A notice older than this is not worth showing; FCM drops it. */
  public static final Duration NOTICE_TTL = Duration.ofHours(24);

  /** A sync message older than this is dropped by FCM (the app syncs on open anyway). */
  public static final Duration SYNC_TTL = Duration.ofHours(1);

  private PushMessages() {}

  /**
   * A visible notification. {@code collapseId} (the event id) becomes the Android tag and the
   * apns-collapse-id, so a repeated delivery replaces the shown notice instead of adding one;
   * {@code threadId} groups notices about one record on iOS.
   */
  public static Message notice(
      String token,
      String title,
      String body,
      Map<String, String> data,
      String collapseId,
      String threadId) {
    return Message.builder()
        .setToken(token)
        .setNotification(Notification.builder().setTitle(title).setBody(body).build())
        .putAllData(data)
        .setAndroidConfig(
            AndroidConfig.builder()
                .setPriority(AndroidConfig.Priority.HIGH)
                .setTtl(NOTICE_TTL.toMillis())
                .setNotification(
                    AndroidNotification.builder()
                        .setTag(collapseId)
                        .setChannelId(CHANNEL_ID)
                        .build())
                .build())
        .setApnsConfig(
            ApnsConfig.builder()
                .putHeader("apns-priority", "10")
                .putHeader("apns-push-type", "alert")
                .putHeader("apns-collapse-id", collapseId)
                .setAps(Aps.builder().setSound("default").setThreadId(threadId).build())
                .build())
        .build();
  }

  /**
   * A data-only "sync now" message, collapsible. Urgent ones go with Android high priority; APNs
   * background pushes must use priority 5.
   */
  public static Message sync(String token, Map<String, String> data, boolean urgent) {
    return Message.builder()
        .setToken(token)
        .putAllData(data)
        .setAndroidConfig(
            AndroidConfig.builder()
                .setCollapseKey(SYNC_COLLAPSE_KEY)
                .setPriority(urgent ? AndroidConfig.Priority.HIGH : AndroidConfig.Priority.NORMAL)
                .setTtl(SYNC_TTL.toMillis())
                .build())
        .setApnsConfig(
            ApnsConfig.builder()
                .putHeader("apns-priority", "5")
                .putHeader("apns-push-type", "background")
                .putHeader("apns-collapse-id", SYNC_COLLAPSE_KEY)
                .setAps(Aps.builder().setContentAvailable(true).build())
                .build())
        .build();
  }
}
