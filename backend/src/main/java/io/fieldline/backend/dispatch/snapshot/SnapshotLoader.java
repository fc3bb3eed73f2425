package io.fieldline.backend.dispatch.snapshot;

import io.fieldline.backend.dispatch.snapshot.Snapshot.AbsenceRow;
import io.fieldline.backend.dispatch.snapshot.Snapshot.OrderRow;
import io.fieldline.backend.dispatch.snapshot.Snapshot.ShiftRow;
import io.fieldline.backend.dispatch.snapshot.Snapshot.Tech;
import io.fieldline.backend.dispatch.snapshot.Snapshot.VisitRow;
import io.fieldline.scheduling.domain.SkillLevel;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a {@link Snapshot} in the caller's tenant transaction: six indexed queries, whatever the
 * size of the territory. Sites without coordinates are placed at their technician's or the
 * territory's first home base (travel is then an estimate).
 */
@ApplicationScoped
public class SnapshotLoader {
  private static final String TECHS =
      "select t.user_id, u.display_name, t.home_latitude, t.home_longitude from technician t"
          + " join app_user u on u.id = t.user_id where t.territory_id = $1 and t.active"
          + " order by u.display_name, t.user_id";
  private static final String SKILLS =
      "select technician_id, skill_code, level from technician_skill where technician_id = any($1)";
  private static final String SHIFTS =
      "select id, technician_id, starts_at, ends_at from technician_shift"
          + " where technician_id = any($1) and starts_at >= $2 and starts_at < $3"
          + " order by technician_id, starts_at";
  private static final String ABSENCES =
      "select technician_id, kind, starts_at, ends_at from technician_absence"
          + " where technician_id = any($1) and starts_at < $3 and ends_at > $2";

  /**
   * The account, site and work order of each visit are looked up by primary key (lateral, with
   * {@code limit 1} so the planner cannot flatten them into joins): with the tables' statistics out
   * of date (after a bulk load, before autoanalyze) the plain joins were planned as nested loops
   * scanning every account and site of the tenant for each visit (528 ms for 900 visits instead of
   * 23 ms; backend/docs/dispatch.md).
   */
  private static final String VISITS =
      "select v.id, v.work_order_id, w.number, v.assignee_user_id, v.status, v.scheduled_start,"
          + " v.duration_minutes, v.arrival_window_start, v.arrival_window_end, v.version,"
          + " a.name, s.latitude, s.longitude, w.priority, w.sla_due_at,"
          + " w.preferred_technician_id from visit v"
          + " cross join lateral (select name from account where id = v.account_id limit 1) a"
          + " cross join lateral (select latitude, longitude from site where id = v.site_id"
          + " limit 1) s"
          + " cross join lateral (select number, priority, sla_due_at, preferred_technician_id"
          + " from work_order where id = v.work_order_id limit 1) w"
          + " where v.kind = 'SERVICE' and v.assignee_user_id = any($1)"
          + " and v.status in ('SCHEDULED', 'DISPATCHED', 'TRAVELING', 'ON_SITE')"
          + " and v.scheduled_start >= $2 and v.scheduled_start < $3"
          + " order by v.assignee_user_id, v.scheduled_start, v.id";

  private static final String ORDERS =
      "select w.id, w.number, w.title, a.name, s.latitude, s.longitude, w.estimated_minutes,"
          + " w.priority, w.sla_due_at, w.preferred_technician_id, w.version from work_order w"
          + " join account a on a.id = w.account_id"
          + " cross join lateral (select latitude, longitude from site where id = w.site_id"
          + " limit 1) s"
          + " where w.status = 'OPEN' and a.territory_id = $1"
          + " order by w.sla_due_at, w.id limit $2";
  private static final String ONE_ORDER = ORDERS.replace("order by", "and w.id = $3 order by");
  private static final String ORDER_SKILLS =
      "select work_order_id, skill_code, min_level from work_order_skill"
          + " where work_order_id = any($1)";

  /** Loads territory {@code territory} for UTC days {@code from}..{@code to}. */
  public Uni<Snapshot> load(
      SqlConnection c, UUID territory, LocalDate from, LocalDate to, int maxOpenOrders) {
    Instant start = from.atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant end = to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    return c.preparedQuery(TECHS)
        .execute(Tuple.of(territory))
        .chain(
            techRows -> {
              List<Row> techs = list(techRows);
              UUID[] ids = techs.stream().map(r -> r.getUUID("user_id")).toArray(UUID[]::new);
              Tuple window =
                  Tuple.of(ids, start.atOffset(ZoneOffset.UTC), end.atOffset(ZoneOffset.UTC));
              return c.preparedQuery(SKILLS)
                  .execute(Tuple.of(ids))
                  .chain(
                      skills ->
                          c.preparedQuery(SHIFTS)
                              .execute(window)
                              .chain(
                                  shifts ->
                                      c.preparedQuery(ABSENCES)
                                          .execute(window)
                                          .chain(
                                              absences ->
                                                  c.preparedQuery(VISITS)
                                                      .execute(window)
                                                      .chain(
                                                          visits ->
                                                              orders(
                                                                      c,
                                                                      territory,
                                                                      maxOpenOrders,
                                                                      visits)
                                                                  .map(
                                                                      rest ->
                                                                          new Snapshot(
                                                                              territory,
                                                                              from,
                                                                              to,
                                                                              techs(techs, skills),
                                                                              shiftRows(shifts),
                                                                              absenceRows(absences),
                                                                              rest.visits(),
                                                                              rest.orders()))))));
            });
  }

  /** The open work order {@code id} of {@code territory}, or null. */
  public Uni<OrderRow> openOrder(SqlConnection c, UUID territory, UUID id) {
    return c.preparedQuery(ONE_ORDER)
        .execute(Tuple.of(territory, 1, id))
        .chain(
            rows -> {
              List<Row> found = list(rows);
              if (found.isEmpty()) {
                return Uni.createFrom().nullItem();
              }
              return c.preparedQuery(ORDER_SKILLS)
                  .execute(Tuple.of((Object) new UUID[] {id}))
                  .map(
                      skillRows -> {
                        Map<UUID, List<SkillLevel>> skills = new HashMap<>();
                        for (Row r : skillRows) {
                          skills
                              .computeIfAbsent(r.getUUID("work_order_id"), k -> new ArrayList<>())
                              .add(
                                  new SkillLevel(
                                      r.getString("skill_code"), r.getInteger("min_level")));
                        }
                        return order(found.get(0), skills);
                      });
            });
  }

  private record Rest(List<VisitRow> visits, List<OrderRow> orders) {}

  private Uni<Rest> orders(
      SqlConnection c, UUID territory, int maxOpenOrders, RowSet<Row> visitRows) {
    return c.preparedQuery(ORDERS)
        .execute(Tuple.of(territory, Math.max(0, maxOpenOrders)))
        .chain(
            orderRows -> {
              List<Row> visits = list(visitRows);
              List<Row> orders = list(orderRows);
              List<UUID> woIds = new ArrayList<>();
              visits.forEach(r -> woIds.add(r.getUUID("work_order_id")));
              orders.forEach(r -> woIds.add(r.getUUID("id")));
              return c.preparedQuery(ORDER_SKILLS)
                  .execute(Tuple.of((Object) woIds.toArray(UUID[]::new)))
                  .map(
                      skillRows -> {
                        Map<UUID, List<SkillLevel>> skills = new HashMap<>();
                        for (Row r : skillRows) {
                          skills
                              .computeIfAbsent(r.getUUID("work_order_id"), k -> new ArrayList<>())
                              .add(
                                  new SkillLevel(
                                      r.getString("skill_code"), r.getInteger("min_level")));
                        }
                        return new Rest(
                            visits.stream().map(r -> visit(r, skills)).toList(),
                            orders.stream().map(r -> order(r, skills)).toList());
                      });
            });
  }

  private static List<Tech> techs(List<Row> rows, RowSet<Row> skillRows) {
    Map<UUID, Map<String, Integer>> skills = new HashMap<>();
    for (Row r : skillRows) {
      skills
          .computeIfAbsent(r.getUUID("technician_id"), k -> new HashMap<>())
          .put(r.getString("skill_code"), r.getInteger("level"));
    }
    return rows.stream()
        .map(
            r ->
                new Tech(
                    r.getUUID("user_id"),
                    r.getString("display_name"),
                    r.getDouble("home_latitude"),
                    r.getDouble("home_longitude"),
                    skills.getOrDefault(r.getUUID("user_id"), Map.of())))
        .toList();
  }

  private static List<ShiftRow> shiftRows(RowSet<Row> rows) {
    List<ShiftRow> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(
          new ShiftRow(
              r.getUUID("id"),
              r.getUUID("technician_id"),
              r.getOffsetDateTime("starts_at").toInstant(),
              r.getOffsetDateTime("ends_at").toInstant()));
    }
    return out;
  }

  private static List<AbsenceRow> absenceRows(RowSet<Row> rows) {
    List<AbsenceRow> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(
          new AbsenceRow(
              r.getUUID("technician_id"),
              r.getString("kind"),
              r.getOffsetDateTime("starts_at").toInstant(),
              r.getOffsetDateTime("ends_at").toInstant()));
    }
    return out;
  }

  private static VisitRow visit(Row r, Map<UUID, List<SkillLevel>> skills) {
    return new VisitRow(
        r.getUUID("id"),
        r.getUUID("work_order_id"),
        r.getString("number"),
        r.getUUID("assignee_user_id"),
        r.getString("status"),
        r.getOffsetDateTime("scheduled_start").toInstant(),
        r.getInteger("duration_minutes"),
        r.getOffsetDateTime("arrival_window_start").toInstant(),
        r.getOffsetDateTime("arrival_window_end").toInstant(),
        r.getLong("version"),
        r.getString("name"),
        coordinate(r.getDouble("latitude"), Double.NaN),
        coordinate(r.getDouble("longitude"), Double.NaN),
        skills.getOrDefault(r.getUUID("work_order_id"), List.of()),
        r.getString("priority"),
        r.getOffsetDateTime("sla_due_at").toInstant(),
        r.getUUID("preferred_technician_id"));
  }

  private static OrderRow order(Row r, Map<UUID, List<SkillLevel>> skills) {
    return new OrderRow(
        r.getUUID("id"),
        r.getString("number"),
        r.getString("title"),
        r.getString("name"),
        coordinate(r.getDouble("latitude"), Double.NaN),
        coordinate(r.getDouble("longitude"), Double.NaN),
        r.getInteger("estimated_minutes"),
        r.getString("priority"),
        r.getOffsetDateTime("sla_due_at").toInstant(),
        r.getUUID("preferred_technician_id"),
        r.getLong("version"),
        skills.getOrDefault(r.getUUID("id"), List.of()));
  }

  private static double coordinate(Double value, double fallback) {
    return value == null ? fallback : value;
  }

  private static List<Row> list(RowSet<Row> rows) {
    List<Row> out = new ArrayList<>();
    rows.forEach(out::add);
    return out;
  }
}
