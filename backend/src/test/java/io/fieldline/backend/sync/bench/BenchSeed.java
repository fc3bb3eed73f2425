package io.fieldline.backend.sync.bench;

import io.fieldline.backend.support.sync.SyncWorld;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The benchmark's tenant: {@link SyncWorld}'s territories and users, {@code accounts} accounts of
 * rep1 (territory T1) with one contact each, and {@code reps} more sales reps, each alone in a
 * territory of their own with one account and one device.
 */
final class BenchSeed {

  /** A rep of the push benchmark: user, account, device. */
  record Rep(UUID user, UUID account, UUID device) {}

  final SyncWorld world;
  final List<Rep> reps = new ArrayList<>();

  private BenchSeed(SyncWorld world) {
    this.world = world;
  }

  static BenchSeed create(DataSource dataSource, int reps) {
    BenchSeed seed = new BenchSeed(SyncWorld.create(dataSource));
    SyncWorld w = seed.world;
    for (int i = 0; i < reps; i++) {
      UUID territory = UUID.randomUUID();
      UUID user = UUID.randomUUID();
      UUID account = UUID.randomUUID();
      UUID device = UUID.randomUUID();
      w.sql(
          "insert into territory (id, tenant_id, parent_id, kind, code, name)"
              + " values (?, ?, ?, 'TERRITORY', ?, ?)",
          territory,
          w.tenant,
          w.area,
          "B" + i,
          "Bench " + i);
      w.sql(
          "insert into app_user (id, tenant_id, email, display_name) values (?, ?, ?, ?)",
          user,
          w.tenant,
          "bench" + i + "@" + w.tenant + ".example",
          "Bench rep " + i);
      w.sql(
          "insert into user_role (tenant_id, user_id, role) values (?, ?, 'SALES_REP')",
          w.tenant,
          user);
      w.sql(
          "insert into user_territory (tenant_id, user_id, territory_id) values (?, ?, ?)",
          w.tenant,
          user,
          territory);
      w.sql(
          "insert into account (id, name, territory_id) values (?, ?, ?)",
          account,
          "Bench account " + i,
          territory);
      seed.reps.add(new Rep(user, account, seed.device(user)));
    }
    return seed;
  }

  /**
   * Adds {@code accounts} accounts of rep1 (territory T1) with one contact each, 2,000 per
   * transaction, through the capture triggers like any back-office import.
   */
  void accounts(int accounts) {
    for (int from = 0; from < accounts; from += 2000) {
      world.sql(
          "insert into account (id, name, territory_id) select gen_random_uuid(),"
              + " 'Account ' || i, ? from generate_series(?, ?) i",
          world.t1,
          from + 1,
          Math.min(accounts, from + 2000));
      world.sql(
          "insert into contact (id, account_id, first_name, last_name)"
              + " select gen_random_uuid(), a.id, 'Sam', a.name from account a"
              + " where a.territory_id = ? and not exists (select 1 from contact c"
              + " where c.account_id = a.id)",
          world.t1);
    }
  }

  /** Registers a new device of {@code user}; its id. */
  UUID device(UUID user) {
    UUID id = UUID.randomUUID();
    world.sql(
        "insert into device (id, tenant_id, user_id, name, platform) values (?, ?, ?, 'Bench',"
            + " 'ANDROID')",
        id,
        world.tenant,
        user);
    return id;
  }
}
