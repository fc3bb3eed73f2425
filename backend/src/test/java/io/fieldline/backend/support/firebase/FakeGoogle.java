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
  private final Map<String, Deque<MockLowLevelHttpResponse>> fcmScriptByToken =
      new ConcurrentHashMap<>();
  private static final java.util.regex.Pattern TOKEN =
      java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

  /** Marks all tokens of {@code uid} issued before {@code epochSeconds} as revoked. */
  public void revokeTokensBefore(String uid, long epochSeconds) {
    validSinceByUid.put(uid, epochSeconds);
  }

  public List<FcmRequest> fcmRequests() {
    synchronized (fcmRequests) {
      return List.copyOf(fcmRequests);
    }
  }

  /** The FCM requests addressed to one device token, in the order they were made. */
  public List<FcmRequest> fcmRequestsTo(String token) {
    return fcmRequests().stream().filter(r -> token.equals(tokenOf(r.body()))).toList();
  }

  public void clearFcm() {
    fcmRequests.clear();
    synchronized (fcmScript) {
      fcmScript.clear();
    }
    fcmScriptByToken.clear();
  }

  /** The next FCM sends answer these, in order; afterwards sends succeed. */
  public void scriptFcm(MockLowLevelHttpResponse... responses) {
    synchronized (fcmScript) {
      fcmScript.addAll(List.of(responses));
    }
  }

  /**
   * The next sends to {@code token} answer these, in order, before any unkeyed script; keyed
   * scripts keep tests independent of other messages sent meanwhile.
   */
  public void scriptFcmFor(String token, MockLowLevelHttpResponse... responses) {
    Deque<MockLowLevelHttpResponse> queue =
        fcmScriptByToken.computeIfAbsent(
            token, t -> new java.util.concurrent.ConcurrentLinkedDeque<>());
    queue.addAll(List.of(responses));
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
          Deque<MockLowLevelHttpResponse> keyed =
              fcmScriptByToken.get(String.valueOf(tokenOf(getContentAsString())));
          MockLowLevelHttpResponse scripted = keyed == null ? null : keyed.poll();
          if (scripted == null) {
            synchronized (fcmScript) {
              scripted = fcmScript.poll();
            }
          }
          return scripted != null
              ? scripted
              : json("{\"name\":\"projects/fieldline-test/messages/" + fcmRequests.size() + "\"}");
        }
        return new MockLowLevelHttpResponse().setStatusCode(404).setContent("no fake for " + url);
      }
    };
  }

  private static String tokenOf(String body) {
    java.util.regex.Matcher m = TOKEN.matcher(body);
    return m.find() ? m.group(1) : null;
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
