package io.fieldline.backend.sync.poke;

import io.fieldline.backend.tenancy.TenantTx;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on PostgreSQL's channel {@code fieldline_sync} (notified at commit by {@code
 * sync_assign_position}, migration V4_21) on a dedicated connection and thread, and hands every
 * notification to {@link SyncPokes}. Every backend instance listens, so a commit on one instance
 * pokes devices connected to any other. The connection is outside the pool (it is held for the life
 * of the service) and is re-opened after a failure; devices also pull on reconnect, so a poke lost
 * during a reconnect costs at most their periodic pull.
 */
@ApplicationScoped
public class SyncPokeListener {

  static final String CHANNEL = "fieldline_sync";
  private static final Logger LOG = Logger.getLogger(SyncPokeListener.class);

  private final SyncPokes pokes;
  private final String url;
  private final String user;
  private final Optional<String> password;
  private volatile boolean running;
  private Thread thread;

  public SyncPokeListener(
      SyncPokes pokes,
      @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
      @ConfigProperty(name = "quarkus.datasource.username") String user,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
    this.pokes = pokes;
    this.url = url;
    this.user = user;
    this.password = password;
  }

  void start(@Observes StartupEvent event) {
    running = true;
    thread = new Thread(this::run, "sync-poke-listener");
    thread.setDaemon(true);
    thread.start();
  }

  void stop(@Observes ShutdownEvent event) {
    running = false;
    if (thread != null) {
      thread.interrupt();
    }
  }

  private void run() {
    long backoff = 100;
    while (running) {
      try (Connection c = TenantTx.listenConnection(url, user, password.orElse(null))) {
        try (Statement s = c.createStatement()) {
          s.execute("listen " + CHANNEL);
        }
        backoff = 100;
        PGConnection pg = c.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] batch = pg.getNotifications(1000);
          if (batch != null) {
            Arrays.stream(batch).forEach(n -> deliver(n.getParameter()));
          }
        }
      } catch (SQLException e) {
        if (running) {
          LOG.warnf("sync pokes: listening failed (%s); reconnecting", e.getMessage());
          sleep(backoff);
          backoff = Math.min(backoff * 2, 5000);
        }
      }
    }
  }

  /** Parses {@code <tenant>|<position>|<scope>,...} (or {@code *}) and pokes the scopes. */
  void deliver(String payload) {
    String[] parts = payload.split("\\|", 3);
    if (parts.length != 3) {
      return;
    }
    try {
      UUID tenant = UUID.fromString(parts[0]);
      long position = Long.parseLong(parts[1]);
      Set<String> scopes =
          parts[2].equals("*")
              ? Set.of()
              : Arrays.stream(parts[2].split(",")).collect(Collectors.toSet());
      pokes.committed(tenant, position, scopes);
    } catch (IllegalArgumentException e) {
      LOG.warnf("sync pokes: ignoring malformed notification %s", payload);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
