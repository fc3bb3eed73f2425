package io.fieldline.backend.sync.entity;

import com.fasterxml.jackson.databind.JsonNode;
import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * What a status change a technician's phone pushed does besides the visit row, as the service's
 * field steps do it (backend/docs/service.md): stamps the change, appends the visit_transition, and
 * moves the work order (TRAVELING: IN_PROGRESS, COMPLETED: COMPLETED, INCOMPLETE: OPEN again).
 */
final class VisitEffects {

  private VisitEffects() {}

  static void afterWrite(Connection c, RecordState state, JsonNode before) throws SQLException {
    if (before == null || !(state.value("status") instanceof FieldValue.TextValue status)) {
      return;
    }
    String from = before.path("status").asText(null);
    String to = status.value();
    if (to.equals(from)) {
      return;
    }
    UUID visit = state.key().id();
    update(c, "update visit set status_changed_at = now() where id = ?", visit);
    UUID actor = PushContext.current().map(PushContext::userId).orElse(null);
    try (PreparedStatement p =
        c.prepareStatement(
            "insert into visit_transition (id, visit_id, from_status, to_status, reason,"
                + " actor_user_id) values (?, ?, ?, ?, ?, ?)")) {
      p.setObject(1, UUID.randomUUID());
      p.setObject(2, visit);
      p.setString(3, from);
      p.setString(4, to);
      p.setString(5, reason(state));
      p.setObject(6, actor);
      p.executeUpdate();
    }
    String workOrder =
        switch (to) {
          case "TRAVELING" ->
              "update work_order set status = 'IN_PROGRESS', updated_at = now(),"
                  + " version = version + 1 where id = (select work_order_id from visit where id = ?)"
                  + " and status in ('OPEN', 'SCHEDULED')";
          case "COMPLETED" ->
              "update work_order set status = 'COMPLETED', completed_at = now(),"
                  + " updated_at = now(), version = version + 1"
                  + " where id = (select work_order_id from visit where id = ?)"
                  + " and status in ('OPEN', 'SCHEDULED', 'IN_PROGRESS')";
          case "INCOMPLETE" ->
              "update work_order set status = 'OPEN', updated_at = now(), version = version + 1"
                  + " where id = (select work_order_id from visit where id = ?)"
                  + " and status in ('SCHEDULED', 'IN_PROGRESS')";
          default -> null;
        };
    if (workOrder != null) {
      update(c, workOrder, visit);
    }
  }

  private static String reason(RecordState state) {
    return state.value("status_reason") instanceof FieldValue.TextValue t ? t.value() : null;
  }

  private static void update(Connection c, String sql, UUID id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setObject(1, id);
      p.executeUpdate();
    }
  }
}
