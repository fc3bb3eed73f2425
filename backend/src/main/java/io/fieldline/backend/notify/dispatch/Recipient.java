package io.fieldline.backend.notify.dispatch;

import io.fieldline.backend.notify.preferences.NotificationPreferences;
import java.util.UUID;

/** A device with a push token, its owner and the owner's preferences. */
record Recipient(UUID deviceId, UUID userId, NotificationPreferences preferences) {}
