package io.fieldline.backend.identity.firebase;

import com.google.api.client.http.HttpTransport;
import com.google.firebase.FirebaseApp;
import com.google.firebase.FirebaseOptions;
import com.google.firebase.auth.FirebaseAuth;
import com.google.firebase.messaging.FirebaseMessaging;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * The one holder of the Firebase SDK: builds the app once (project, credentials, transport,
 * timeouts) and hands out Auth and Messaging. Refuses to start in production when the Auth emulator
 * variable is set, because the emulator accepts unsigned tokens.
 */
@ApplicationScoped
public class FirebaseClient {
  static final String EMULATOR_VARIABLE = "FIREBASE_AUTH_EMULATOR_HOST";
  private static final String APP_NAME = "fieldline";

  private final FirebaseSettings settings;
  private final HttpTransport transport;
  private final GoogleTransport.CredentialsSource credentials;
  private volatile FirebaseApp app;

  public FirebaseClient(
      FirebaseSettings settings,
      HttpTransport transport,
      GoogleTransport.CredentialsSource credentials) {
    this.settings = settings;
    this.transport = transport;
    this.credentials = credentials;
  }

  void checkAtStartup(@Observes StartupEvent event) {
    checkEnvironment(System.getenv(), ConfigUtils.getProfiles().contains("prod"));
    if (settings.enabled() && settings.projectId().isEmpty()) {
      throw new IllegalStateException("fieldline.firebase.project-id is required when enabled");
    }
  }

  /** Fails when production would run against the Auth emulator. */
  static void checkEnvironment(Map<String, String> environment, boolean production) {
    String emulator = environment.get(EMULATOR_VARIABLE);
    if (production && emulator != null && !emulator.isBlank()) {
      throw new IllegalStateException(
          EMULATOR_VARIABLE
              + " is set: the Auth emulator accepts unsigned tokens;"
              + " refusing to start in the production profile");
    }
  }

  public boolean enabled() {
    return settings.enabled();
  }

  public FirebaseAuth auth() {
    return FirebaseAuth.getInstance(app());
  }

  public FirebaseMessaging messaging() {
    return FirebaseMessaging.getInstance(app());
  }

  private FirebaseApp app() {
    FirebaseApp current = app;
    if (current != null) {
      return current;
    }
    synchronized (this) {
      if (app == null) {
        if (!settings.enabled()) {
          throw new IllegalStateException("Firebase is not enabled (fieldline.firebase.enabled)");
        }
        FirebaseOptions options =
            FirebaseOptions.builder()
                .setProjectId(settings.projectId().orElseThrow())
                .setCredentials(credentials.get())
                .setHttpTransport(transport)
                .setConnectTimeout(settings.connectTimeoutMillis())
                .setReadTimeout(settings.readTimeoutMillis())
                .build();
        app =
            FirebaseApp.getApps().stream()
                .filter(a -> a.getName().equals(APP_NAME))
                .findFirst()
                .orElseGet(() -> FirebaseApp.initializeApp(options, APP_NAME));
      }
      return app;
    }
  }
}
