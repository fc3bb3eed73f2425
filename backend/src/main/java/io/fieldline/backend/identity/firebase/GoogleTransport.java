package io.fieldline.backend.identity.firebase;

import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.auth.oauth2.GoogleCredentials;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * How the service reaches Google: the HTTP transport and the credentials. Tests replace both beans
 * with a fake transport and a fixed access token, so no network is needed.
 */
@ApplicationScoped
public class GoogleTransport {

  @Produces
  @DefaultBean
  @Singleton
  HttpTransport httpTransport() {
    return new NetHttpTransport();
  }

  /** Credentials, resolved only when Firebase is first used. */
  @Produces
  @DefaultBean
  @ApplicationScoped
  CredentialsSource credentials(FirebaseSettings settings) {
    return () -> {
      try {
        if (settings.credentialsFile().isPresent()) {
          try (InputStream in = new FileInputStream(settings.credentialsFile().get())) {
            return GoogleCredentials.fromStream(in);
          }
        }
        return GoogleCredentials.getApplicationDefault();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot load Google credentials: " + e.getMessage(), e);
      }
    };
  }

  /** Supplies the Google credentials Firebase signs its calls with. */
  public interface CredentialsSource extends Supplier<GoogleCredentials> {}
}
