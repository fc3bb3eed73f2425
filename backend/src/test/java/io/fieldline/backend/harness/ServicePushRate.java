package io.fieldline.backend.harness;

import io.fieldline.contract.client.HttpSyncTransport;
import io.fieldline.contract.client.LocalStore;
import io.fieldline.contract.client.SyncClient;
import io.fieldline.sync.model.FieldValue;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The service's push rate for the rows of {@link DbCeiling}: {@code devices} reference clients (one
 * per rep, SQLite files, default push batch of 200) each queue {@code rows / devices} contact
 * creates offline and push them at once, straight to the service on loopback; mutations/s over the
 * wall time from the first push to the last answer.
 */
final class ServicePushRate {
  private ServicePushRate() {}

  static double measure(RunEnv env, HarnessWorld world, int rows, int devices) throws Exception {
    List<SyncClient> phones = new ArrayList<>();
    Path dir = Path.of("target", "harness", "ceiling");
    Files.createDirectories(dir);
    for (int d = 0; d < devices; d++) {
      HarnessWorld.Rep rep = world.reps.get(d);
      UUID id = world.registerDevice(env.service.baseUrl(), rep);
      Path file = dir.resolve(id + ".db");
      Files.deleteIfExists(file);
      SyncClient phone =
          SyncClient.builder(
                  LocalStore.open(file.toString()),
                  id.toString(),
                  new HttpSyncTransport(URI.create(env.service.baseUrl()), rep::token))
              .build();
      for (int i = 0; i < rows / devices; i++) {
        phone.create(
            "contact",
            Map.of(
                "account_id",
                FieldValue.of(rep.accounts().get(i % rep.accounts().size()).toString()),
                "first_name",
                FieldValue.of("F"),
                "last_name",
                FieldValue.of("L" + i)));
      }
      phones.add(phone);
    }
    ExecutorService pool = Executors.newFixedThreadPool(devices, Daemon.threads("push"));
    long cpu0 = (long) (ProcessStats.cpuSeconds(env.service.pid()) * 100);
    long t0 = System.nanoTime();
    List<Future<Boolean>> done = new ArrayList<>();
    for (SyncClient phone : phones) {
      done.add(pool.submit(phone::push));
    }
    int rejected = 0;
    for (int i = 0; i < phones.size(); i++) {
      if (!done.get(i).get() || !phones.get(i).outbox().isEmpty()) {
        throw new IllegalStateException("a device did not push its outbox");
      }
      rejected += phones.get(i).rejected().size();
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    double cpu = (ProcessStats.cpuSeconds(env.service.pid()) * 100 - cpu0) / 100 / wall * 100;
    double rate = (rows / devices * devices) / wall;
    Report.line(
        "ceiling",
        String.format(
            "service push: %d contact creates from %d devices (batches of 200) in %.1f s:"
                + " %.0f mutations/s, %d rejected, service CPU %.0f%% of one core",
            rows / devices * devices, devices, wall, rate, rejected, cpu));
    return rate;
  }
}
