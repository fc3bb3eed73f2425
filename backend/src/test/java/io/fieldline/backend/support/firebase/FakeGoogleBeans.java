package io.fieldline.backend.support.firebase;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import io.fieldline.backend.identity.firebase.GoogleTransport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Date;

/**
 * In tests the credentials are a fixed access token; the HTTP transport is {@link FakeGoogle} (a
 * bean of type HttpTransport itself, replacing the default one).
 */
@ApplicationScoped
public class FakeGoogleBeans {

  @Produces
  @ApplicationScoped
  GoogleTransport.CredentialsSource credentials() {
    return () ->
        GoogleCredentials.create(
            new AccessToken(
                "test-access-token", new Date(System.currentTimeMillis() + 86_400_000L)));
  }
}
