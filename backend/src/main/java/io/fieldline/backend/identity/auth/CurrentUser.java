package io.fieldline.backend.identity.auth;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.ErrorCode;
import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.identity.Role;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import java.util.Arrays;

/**
 * The caller of the current request, with the guards every API entry point uses: {@link #require()}
 * for any signed-in user, {@link #requireAny} for role rules. Failures carry stable codes
 * (UNAUTHENTICATED, TOKEN_EXPIRED, FORBIDDEN).
 */
@RequestScoped
public class CurrentUser {
  private final SecurityIdentity identity;
  private final CurrentVertxRequest request;

  public CurrentUser(SecurityIdentity identity, CurrentVertxRequest request) {
    this.identity = identity;
    this.request = request;
  }

  public FieldlinePrincipal require() {
    if (identity.getPrincipal() instanceof FieldlinePrincipal principal) {
      return principal;
    }
    AuthFailure failure = failure();
    if (failure == null) {
      throw new ApiException(ErrorCode.UNAUTHENTICATED, "Sign in: this operation needs a token");
    }
    throw new ApiException(failure.errorCode(), message(failure));
  }

  public FieldlinePrincipal requireAny(Role... roles) {
    FieldlinePrincipal principal = require();
    if (!principal.hasAnyRole(roles)) {
      throw new ApiException(
          ErrorCode.FORBIDDEN, "This operation needs one of the roles " + Arrays.toString(roles));
    }
    return principal;
  }

  private AuthFailure failure() {
    RoutingContext context = request.getCurrent();
    return context == null ? null : context.get(BearerAuthMechanism.FAILURE_KEY);
  }

  private static String message(AuthFailure failure) {
    return switch (failure) {
      case EXPIRED -> "The token has expired; refresh it and retry";
      case UNKNOWN_USER -> "The token names no active user";
      case DISABLED -> "This kind of token is not accepted here";
      case UNAVAILABLE -> "The sign-in could not be checked right now; keep the token and retry";
      default -> "The token is not valid";
    };
  }
}
