package io.fieldline.backend.notify.push;

import com.google.api.core.ApiFuture;
import com.google.firebase.messaging.BatchResponse;
import com.google.firebase.messaging.Message;
import java.util.List;

/** One {@code sendEach} call: the seam between {@link PushClient} and the Firebase SDK. */
@FunctionalInterface
public interface FcmSender {
  ApiFuture<BatchResponse> sendEach(List<Message> batch);
}
