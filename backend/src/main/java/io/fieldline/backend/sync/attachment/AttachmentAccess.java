package io.fieldline.backend.sync.attachment;

import io.fieldline.backend.identity.FieldlinePrincipal;
import io.fieldline.backend.identity.Role;
import io.fieldline.backend.sync.service.Scopes;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Who may read attachment content of their tenant (row-level security already hides every other
 * tenant's): those who uploaded it, users whose sync scope holds an attachment record naming it,
 * and admins, managers and dispatchers (the back office).
 */
@ApplicationScoped
public class AttachmentAccess {

  /** Whether {@code user} declared the upload of this content. */
  boolean isUploader(Connection c, String sha256, UUID user) throws SQLException {
    return exists(
        c, "select 1 from attachment_uploader where sha256 = ? and user_id = ?", sha256, user);
  }

  /** Whether the caller may download this content. */
  boolean mayRead(Connection c, String sha256, FieldlinePrincipal caller) throws SQLException {
    if (caller.hasAnyRole(Role.ADMIN, Role.MANAGER, Role.DISPATCHER)) {
      return true;
    }
    return isUploader(c, sha256, caller.userId())
        || exists(
            c,
            "select 1 from attachment a join sync_scope_member m on m.tenant_id = a.tenant_id"
                + " and m.entity_type = 'attachment' and m.record_id = a.id"
                + " where a.sha256 = ? and m.scope_id = ? limit 1",
            sha256,
            Scopes.ofUser(caller.userId()));
  }

  private static boolean exists(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement q = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        q.setObject(i + 1, params[i]);
      }
      try (ResultSet r = q.executeQuery()) {
        return r.next();
      }
    }
  }
}
