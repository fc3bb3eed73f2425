package io.fieldline.backend.identity.firebase;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Firebase configuration ({@code fieldline.firebase.*}); see the README's configuration table. */
@ConfigMapping(prefix = "fieldline.firebase")
public interface FirebaseSettings {

  /** Accept Firebase ID tokens and send FCM messages. */
  @WithDefault("false")
  boolean enabled();

  /** The Firebase project id: the audience of ID tokens and the FCM project. */
  Optional<String> projectId();

  /** Service-account JSON; without it, Google application-default credentials are used. */
  Optional<String> credentialsFile();

  /** Also reject tokens issued before the user's tokens were revoked (one lookup per sign-in). */
  @WithDefault("true")
  boolean checkRevoked();

  /** Connect timeout of calls to Google, in milliseconds. */
  @WithDefault("5000")
  int connectTimeoutMillis();

  /** Read timeout of calls to Google, in milliseconds. */
  @WithDefault("10000")
  int readTimeoutMillis();
}
