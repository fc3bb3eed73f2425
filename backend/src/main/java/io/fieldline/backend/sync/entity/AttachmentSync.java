package io.fieldline.backend.sync.entity;

import io.fieldline.backend.sync.attachment.AttachmentTypes;
import io.fieldline.sync.merge.DeleteRule;
import io.fieldline.sync.merge.EntityPolicy;
import io.fieldline.sync.merge.FieldType;
import io.fieldline.sync.merge.MergePolicy;
import io.fieldline.sync.model.AttachmentRef;
import io.fieldline.sync.wire.Operation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Attachment metadata (photos, signatures, documents; PROTOCOL.md R42): one record per use of a
 * content, naming the content by SHA-256, its size and media type, the account it belongs to and
 * optionally the record it is attached to ({@code record_type}/{@code record_id}, e.g. a visit).
 * Follows its account's scopes. Devices create them; the content itself travels through {@code
 * /sync/attachments} (see backend/docs/sync.md).
 */
final class AttachmentSync implements SyncedEntity {

  private static final EntityPolicy POLICY =
      EntityPolicy.builder("attachment")
          .requiredField("account_id", FieldType.TEXT, MergePolicy.SERVER_WINS)
          .serverOwned("record_type", FieldType.TEXT)
          .serverOwned("record_id", FieldType.TEXT)
          .requiredField("sha256", FieldType.TEXT, MergePolicy.SERVER_WINS)
          .requiredField("size", FieldType.NUMBER, MergePolicy.SERVER_WINS)
          .requiredField("media_type", FieldType.TEXT, MergePolicy.SERVER_WINS)
          .deviceOwned("file_name", FieldType.TEXT)
          .deleteRule(DeleteRule.DELETE_WINS)
          .build();

  @Override
  public String entityType() {
    return "attachment";
  }

  @Override
  public String table() {
    return "attachment";
  }

  @Override
  public List<Column> columns() {
    return List.of(
        Column.of("account_id", ColumnType.UUID).required(),
        Column.text("record_type").matching("^[a-z][a-z0-9_]{0,63}$"),
        Column.of("record_id", ColumnType.UUID),
        Column.text("sha256").required().matching("^[0-9a-f]{64}$"),
        Column.of("size", ColumnType.NUMBER).required().between(0, AttachmentRef.MAX_SIZE),
        Column.text("media_type").required().oneOf(AttachmentTypes.ALLOWED.toArray(String[]::new)),
        Column.text("file_name").maxLength(255));
  }

  @Override
  public EntityPolicy policy() {
    return POLICY;
  }

  @Override
  public ScopeRule scopeRule() {
    return ScopeRule.FOLLOW_PARENT;
  }

  @Override
  public Optional<String> ruleColumn() {
    return Optional.of("account_id");
  }

  @Override
  public Optional<String> parentEntity() {
    return Optional.of("account");
  }

  @Override
  public Set<Operation> deviceOperations() {
    return Set.of(Operation.CREATE);
  }

  @Override
  public Map<String, String> scopedReferences() {
    return Map.of("account_id", "account");
  }

  @Override
  public String onUpdate() {
    return "version = version + 1";
  }
}
