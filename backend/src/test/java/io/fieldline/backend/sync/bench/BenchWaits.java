package io.fieldline.backend.sync.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Samples what the benchmark database's sessions are doing ({@code pg_stat_activity}) every 20 ms
 * while a phase runs, so a figure comes with where the time went: running, waiting for the
 * service's next statement ({@code Client:ClientRead}), for a lock ({@code Lock:advisory} is the
 * commit-position lock), for the WAL flush ({@code IO:WALSync}, {@code LWLock:WALWrite}), ...
 */
final class BenchWaits implements AutoCloseable {

  private final Map<String, Integer> counts = new TreeMap<>();
  private final Thread sampler;
  private volatile boolean running = true;

  private BenchWaits(DataSource dataSource) {
    sampler = new Thread(() -> sample(dataSource), "bench-waits");
    sampler.setDaemon(true);
    sampler.start();
  }

  static BenchWaits start(DataSource dataSource) {
    return new BenchWaits(dataSource);
  }

  private void sample(DataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      while (running) {
        try (ResultSet r =
            s.executeQuery(
                "select state, coalesce(wait_event_type || ':' || wait_event, 'running')"
                    + " from pg_stat_activity where datname = current_database()"
                    + " and backend_type = 'client backend' and pid <> pg_backend_pid()"
                    + " and state in ('active', 'idle in transaction')")) {
          synchronized (counts) {
            while (r.next()) {
              String what =
                  r.getString(1).equals("active") ? r.getString(2) : "idle in transaction";
              counts.merge(what, 1, Integer::sum);
            }
          }
        }
        Thread.sleep(20);
      }
    } catch (Exception e) {
      System.out.println("sync-bench: wait sampling stopped: " + e);
    }
  }

  /** The sampled states with their share of all samples, most frequent first. */
  String summary() {
    synchronized (counts) {
      int total = counts.values().stream().mapToInt(Integer::intValue).sum();
      if (total == 0) {
        return "no samples";
      }
      return counts.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .limit(8)
          .map(e -> String.format("%s %.0f%%", e.getKey(), 100.0 * e.getValue() / total))
          .collect(Collectors.joining(", "));
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    sampler.join(1_000);
  }
}
