package io.fieldline.backend.support.sync;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Field-service data on top of a {@link SyncWorld} (valid baseline): the world's technician and a
 * second one (tech2, also in T1), each with a van holding 5 of the world's product; an account of
 * T1 with a site and a contact; a MAINTENANCE checklist template with one required item; a work
 * order and a DISPATCHED visit of the first technician starting in an hour.
 */
public final class FieldWorld {

  public final SyncWorld world;
  public final UUID tech2 = UUID.randomUUID();
  public final UUID van1 = UUID.randomUUID();
  public final UUID van2 = UUID.randomUUID();
  public final UUID account;
  public final UUID site;
  public final UUID contact;
  public final UUID template = UUID.randomUUID();
  public final UUID item = UUID.randomUUID();
  public final UUID workOrder;
  public final UUID visit;

  private FieldWorld(SyncWorld world) {
    this.world = world;
    world.sql(
        "insert into app_user (id, tenant_id, email, display_name) values (?, ?, ?, 'tech2')",
        tech2,
        world.tenant,
        "tech2@" + world.tenant + ".example");
    world.sql(
        "insert into user_role (tenant_id, user_id, role) values (?, ?, 'TECHNICIAN')",
        world.tenant,
        tech2);
    technician(world.tech, van1);
    technician(tech2, van2);
    account = world.account("Boiler House", world.t1);
    site = world.site(account, "Plant");
    contact = world.contact(account, "Lee");
    world.sql(
        "insert into checklist_template (id, work_order_type, version, name)"
            + " values (?, 'MAINTENANCE', 1, 'Boiler service')",
        template);
    world.sql(
        "insert into checklist_item (id, template_id, code, position, label, answer_kind, required)"
            + " values (?, ?, 'pressure_ok', 0, 'Pressure within range', 'YES_NO', true)",
        item,
        template);
    workOrder = workOrder();
    visit = visit(workOrder, world.tech, Instant.now().plus(1, ChronoUnit.HOURS));
  }

  public static FieldWorld create(SyncWorld world) {
    return new FieldWorld(world);
  }

  /** A new SCHEDULED work order at the account's site; its id. */
  public UUID workOrder() {
    UUID id = UUID.randomUUID();
    world.sql(
        "insert into work_order (id, account_id, site_id, type, priority, title, sla_due_at,"
            + " estimated_minutes, status, origin, checklist_template_id) values (?, ?, ?,"
            + " 'MAINTENANCE', 'NORMAL', 'Annual service', now() + interval '3 days', 60,"
            + " 'SCHEDULED', 'PHONE', ?)",
        id,
        account,
        site,
        template);
    return id;
  }

  /** A new DISPATCHED visit of {@code workOrder} for {@code technician} at {@code start}. */
  public UUID visit(UUID workOrder, UUID technician, Instant start) {
    UUID id = UUID.randomUUID();
    world.sql(
        "insert into visit (id, kind, account_id, site_id, work_order_id, assignee_user_id,"
            + " scheduled_start, duration_minutes, arrival_window_start, arrival_window_end,"
            + " status) values (?, 'SERVICE', ?, ?, ?, ?, ?::timestamptz, 60,"
            + " ?::timestamptz - interval '1 hour', ?::timestamptz + interval '1 hour',"
            + " 'DISPATCHED')",
        id,
        account,
        site,
        workOrder,
        technician,
        start.toString(),
        start.toString(),
        start.toString());
    return id;
  }

  private void technician(UUID user, UUID van) {
    world.sql("insert into stock_location (id, kind, name) values (?, 'VAN', 'Van')", van);
    world.sql(
        "insert into technician (user_id, territory_id, home_latitude, home_longitude,"
            + " van_location_id) values (?, ?, 55.0, -1.6, ?)",
        user,
        world.t1,
        van);
    world.sql(
        "insert into stock_movement (id, location_id, product_id, kind, quantity)"
            + " values (?, ?, ?, 'TRANSFER_IN', 5)",
        UUID.randomUUID(),
        van,
        world.product);
  }
}
