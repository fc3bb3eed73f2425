package io.fieldline.backend.sync.graphql;

import io.fieldline.backend.error.ApiException;
import io.fieldline.backend.error.Ids;
import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.identity.auth.CurrentUser;
import io.fieldline.backend.sync.service.SyncConflicts;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.wire.json.SyncJson;
import io.fieldline.sync.wire.json.WireFormatException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Sync conflicts held for a person: list the ones you may see, resolve them. */
@GraphQLApi
public class SyncConflictApi {
  private final CurrentUser currentUser;
  private final SyncConflicts conflicts;

  public SyncConflictApi(CurrentUser currentUser, SyncConflicts conflicts) {
    this.currentUser = currentUser;
    this.conflicts = conflicts;
  }

  @Query("syncConflicts")
  @Description(
      "Conflicts held for a person: those your devices raised, and (managers, dispatchers) those"
          + " on records of your territories; admins see all. Oldest first.")
  public @NonNull List<@NonNull SyncConflictView> syncConflicts(
      @Name("openOnly") @DefaultValue("true") boolean openOnly) {
    return conflicts.visible(currentUser.require(), openOnly);
  }

  @Mutation("resolveSyncConflict")
  @Description(
      "Resolves a held conflict with a value (JSON text) for every held field; the values become a"
          + " new version of the record that every device receives. VALIDATION_FAILED (field"
          + " choices) for missing, extra or invalid values; INVALID_STATE when already resolved.")
  public @NonNull SyncConflictView resolveSyncConflict(
      @Name("id") @Id @NonNull String id,
      @Name("choices") @NonNull List<@NonNull ConflictChoiceInput> choices) {
    FieldlinePrincipal caller = currentUser.require();
    Map<String, FieldValue> chosen = new HashMap<>();
    for (ConflictChoiceInput choice : choices) {
      if (chosen.put(choice.field, parse(choice)) != null) {
        throw ApiException.invalid("choices", "field " + choice.field + " is chosen twice");
      }
    }
    return conflicts.resolve(caller, Ids.parse("id", id), chosen);
  }

  private static FieldValue parse(ConflictChoiceInput choice) {
    try {
      return SyncJson.toValue(SyncJson.parseTree(choice.value.getBytes(StandardCharsets.UTF_8)));
    } catch (WireFormatException e) {
      throw ApiException.invalid("choices", "the value of " + choice.field + " is not JSON");
    }
  }
}
