package io.fieldline.backend.support.firebase;

import com.google.api.client.http.LowLevelHttpRequest;
import com.google.api.client.http.LowLevelHttpResponse;
import com.google.api.client.testing.http.MockHttpTransport;
import com.google.api.client.testing.http.MockLowLevelHttpRequest;
import com.google.api.client.testing.http.MockLowLevelHttpResponse;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Google's endpoints, played locally: the ID-token certificate URL, the Identity Toolkit user
 * lookup (for revocation checks) and FCM v1 send, which it records and answers from a queue of
 * scripted responses. Replaces the real HTTP transport in every test.
 */
@Singleton
public class FakeGoogle extends MockHttpTransport {
  static final String CERTS_URL =
      "https://www.googleapis.com/robot/v1/metadata/x509/securetoken@system.gserviceaccount.com";

  /** A request the service made to FCM. */
  public record FcmRequest(String url, String body) {}

  private final Map<String, Long> validSinceByUid = new ConcurrentHashMap<>();
  private final List<FcmRequest> fcmRequests =
      java.util.Collections.synchronizedList(new ArrayList<>());
  private final Deque<MockLowLevelHttpResponse> fcmScript = new ArrayDeque<>();

  /** Marks all tokens of {@code uid} issued before {@code epochSeconds} as revoked. */
  public void revokeTokensBefore(String uid, long epochSeconds) {
    validSinceByUid.put(uid, epochSeconds);
  }

  public List<FcmRequest> fcmRequests() {
    synchronized (fcmRequests) {
      return List.copyOf(fcmRequests);
    }
  }

  public void clearFcm() {
    fcmRequests.clear();
    synchronized (fcmScript) {
      fcmScript.clear();
    }
  }

  /** The next FCM sends answer these, in order; afterwards sends succeed. */
  public void scriptFcm(MockLowLevelHttpResponse... responses) {
    synchronized (fcmScript) {
      fcmScript.addAll(List.of(responses));
    }
  }

  /** An FCM v1 error answer, as Google sends it. */
  public static MockLowLevelHttpResponse fcmError(int status, String fcmErrorCode) {
    String body =
        "{\"error\":{\"code\":"
            + status
            + ",\"message\":\"scripted\",\"status\":\"INVALID_ARGUMENT\",\"details\":[{\"@type\":"
            + "\"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\"errorCode\":\""
            + fcmErrorCode
            + "\"}]}}";
    return new MockLowLevelHttpResponse()
        .setStatusCode(status)
        .setContentType("application/json")
        .setContent(body);
  }

  @Override
  public LowLevelHttpRequest buildRequest(String method, String url) {
    return new MockLowLevelHttpRequest(url) {
      @Override
      public LowLevelHttpResponse execute() throws IOException {
        if (url.startsWith(CERTS_URL)) {
          return json("{\""
                  + TestFirebaseTokens.KEY_ID
                  + "\":"
                  + quote(TestFirebaseTokens.certificatePem())
                  + "}")
              .addHeader("Cache-Control", "public, max-age=3600");
        }
        if (url.contains("identitytoolkit.googleapis.com") && url.endsWith("accounts:lookup")) {
          return lookup(getContentAsString());
        }
        if (url.contains("fcm.googleapis.com")) {
          fcmRequests.add(new FcmRequest(url, getContentAsString()));
          MockLowLevelHttpResponse scripted;
          synchronized (fcmScript) {
            scripted = fcmScript.poll();
          }
          return scripted != null
              ? scripted
              : json("{\"name\":\"projects/fieldline-test/messages/" + fcmRequests.size() + "\"}");
        }
        return new MockLowLevelHttpResponse().setStatusCode(404).setContent("no fake for " + url);
      }
    };
  }

  private MockLowLevelHttpResponse lookup(String body) {
    String uid = body.replaceAll("(?s).*\"localId\"\\s*:\\s*\\[?\\s*\"([^\"]+)\".*", "$1");
    long validSince = validSinceByUid.getOrDefault(uid, 0L);
    return json(
        "{\"kind\":\"identitytoolkit#GetAccountInfoResponse\",\"users\":[{\"localId\":\""
            + uid
            + "\",\"validSince\":\""
            + validSince
            + "\",\"disabled\":false}]}");
  }

  private static MockLowLevelHttpResponse json(String body) {
    return new MockLowLevelHttpResponse().setContentType("application/json").setContent(body);
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"") + "\"";
  }
}
