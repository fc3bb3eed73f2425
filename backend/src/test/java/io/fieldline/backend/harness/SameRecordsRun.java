package io.fieldline.backend.harness;

import io.fieldline.sync.model.FieldValue;
import io.fieldline.sync.model.RecordKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Run 5: ten devices of one rep edit the same contacts offline (shared phone: held for a person;
 * notes: one owner per record; some records deleted by one device while others edit them) and
 * reconnect one after the other in several random orders, each order on a fresh tenant with the
 * same plan. The outcome per record (deleted or not, notes, and the set {kept phone} + {held phone
 * values}) must be the same for every order (PROTOCOL.md R26, R27).
 */
public final class SameRecordsRun {
  private SameRecordsRun() {}

  public static RunResult run(long seed, int devices, int records, int orders) {
    long t0 = System.nanoTime();
    try (RunEnv env = RunEnv.start("same-records", seed, List.of())) {
      List<List<String>> outcomes = new ArrayList<>();
      Random orderRandom = new Random(seed);
      for (int o = 0; o < orders; o++) {
        outcomes.add(oneOrder(env, seed, o, devices, records, orderRandom));
      }
      Verdict v = env.check(false);
      long differing = 0;
      for (int i = 1; i < outcomes.size(); i++) {
        for (int j = 0; j < records; j++) {
          if (!outcomes.get(i).get(j).equals(outcomes.get(0).get(j))) {
            differing++;
            if (differing <= 3) {
              System.out.println(
                  "record " + j + ": " + outcomes.get(0).get(j) + " vs " + outcomes.get(i).get(j));
            }
          }
        }
      }
      Verdict withOrder =
          new Verdict(
              v.applied(),
              v.processed(),
              v.duplicated(),
              v.lost(),
              v.diverged() + differing,
              v.stuck(),
              v.orphanConflicts(),
              v.crossTenant(),
              v.problems());
      return new RunResult(
              env.name,
              devices,
              records,
              orders
                  + " reconnect orders, "
                  + differing
                  + " records with an order-dependent outcome",
              withOrder,
              env.metrics.pushLatency(),
              env.metrics.recovery(),
              (System.nanoTime() - t0) / 1e9)
          .print();
    }
  }

  private static List<String> oneOrder(
      RunEnv env, long seed, int order, int devices, int records, Random orderRandom) {
    HarnessWorld world = HarnessWorld.seed(env.dataSource, "same" + order, seed + order, 1, 2);
    HarnessWorld.Rep rep = world.reps.get(0);
    List<UUID> contacts = new ArrayList<>();
    for (int j = 0; j < records; j++) {
      UUID id = world.uuid();
      contacts.add(id);
      world.sql(
          "insert into contact (id, account_id, first_name, last_name, phone, notes)"
              + " values (?, ?, 'Sam', ?, '0', 'start')",
          id,
          rep.accounts().get(j % 2),
          "C" + j);
    }
    List<Device> ds = new ArrayList<>();
    for (int i = 0; i < devices; i++) {
      ds.add(env.device(world, rep, RunEnv.ClientFactory.chosen()));
    }
    for (Device d : ds) {
      d.client().pullAll(DeviceWork.PATIENCE);
    }
    Random plan = new Random(seed); // the same plan for every order
    for (int j = 0; j < records; j++) {
      RecordKey key = new RecordKey("contact", contacts.get(j));
      int notesOwner = plan.nextInt(devices);
      int deleter = plan.nextInt(3) == 0 ? plan.nextInt(devices) : -1;
      for (int i = 0; i < devices; i++) {
        SyncClient c = ds.get(i).client();
        if (i == deleter) {
          c.delete(key);
        } else if (i == notesOwner) {
          c.update(key, Map.of("notes", FieldValue.of("n-" + i + "-" + j)));
        } else if (plan.nextInt(2) == 0) {
          c.update(key, Map.of("phone", FieldValue.of("p-" + i + "-" + j)));
        }
      }
    }
    List<Device> shuffled = new ArrayList<>(ds);
    Collections.shuffle(shuffled, orderRandom);
    for (Device d : shuffled) {
      d.client().pushAll(DeviceWork.PATIENCE);
    }
    for (Device d : ds) {
      d.client().pullAll(DeviceWork.PATIENCE);
    }
    try (Connection c = env.admin()) {
      List<String> out = new ArrayList<>();
      for (UUID id : contacts) {
        out.add(outcome(c, world.tenant, id));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String outcome(Connection c, UUID tenant, UUID id) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "select r.deleted, r.fields->>'notes', r.fields->>'phone',"
                + " (select string_agg(f->>'mine', '|') from sync_conflict k,"
                + " jsonb_array_elements(k.fields) f where k.tenant_id = r.tenant_id"
                + " and k.entity_type = 'contact' and k.record_id = r.record_id"
                + " and f->>'field' = 'phone')"
                + " from sync_record r where r.tenant_id = ? and r.entity_type = 'contact'"
                + " and r.record_id = ?")) {
      p.setObject(1, tenant);
      p.setObject(2, id);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        TreeSet<String> phones = new TreeSet<>();
        phones.add(String.valueOf(r.getString(3)));
        if (r.getString(4) != null) {
          Collections.addAll(phones, r.getString(4).split("\\|"));
        }
        return "deleted=" + r.getBoolean(1) + " notes=" + r.getString(2) + " phones=" + phones;
      }
    }
  }
}
