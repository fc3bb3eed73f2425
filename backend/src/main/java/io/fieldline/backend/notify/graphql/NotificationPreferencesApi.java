package io.fieldline.backend.notify.graphql;

import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.identity.auth.CurrentUser;
import io.fieldline.backend.notify.preferences.Preferences;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The caller's own notification preferences: language, time zone, quiet hours. */
@GraphQLApi
public class NotificationPreferencesApi {
  private final CurrentUser currentUser;
  private final Preferences preferences;

  public NotificationPreferencesApi(CurrentUser currentUser, Preferences preferences) {
    this.currentUser = currentUser;
    this.preferences = preferences;
  }

  @Query("myNotificationPreferences")
  @Description("The caller's notification preferences (the defaults until first saved).")
  public Uni<@NonNull PreferencesView> myNotificationPreferences() {
    return preferences.mine(currentUser.require()).map(PreferencesView::of);
  }

  @Mutation("updateMyNotificationPreferences")
  @Description(
      "Replaces the caller's notification preferences. Non-urgent notices that arrive during"
          + " quiet hours are shown when the quiet period ends; sync messages are never held back.")
  public Uni<@NonNull PreferencesView> updateMyNotificationPreferences(
      @NonNull PreferencesInput input) {
    FieldlinePrincipal caller = currentUser.require();
    return preferences.save(caller, input.parse()).map(PreferencesView::of);
  }
}
