package io.fieldline.backend.devdb;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A private PostgreSQL cluster in a project-local folder, started on a free port. Its data survives
 * restarts; a second call finds it running (or starts it again on its saved port).
 */
final class LocalCluster {
  static final String SUPERUSER = "postgres";
  private static final int FIRST_PORT = 54329;

  private final Path bin;
  private final Path home;
  private final String osUser;

  private LocalCluster(Path bin, Path home, String osUser) {
    this.bin = bin;
    this.home = home;
    this.osUser = osUser;
  }

  /**
   * Prepares the cluster's folder below {@code repoRoot}/.fieldline/pg; as root, the server runs as
   * the {@code postgres} system user (created if missing), because PostgreSQL refuses root.
   */
  static LocalCluster at(Path bin, Path repoRoot) {
    String user = Shell.isRoot() ? serverUser() : System.getProperty("user.name");
    Path home = repoRoot.resolve(".fieldline").resolve("pg");
    if (Shell.isRoot() && !reachableBy(user, home)) {
      home = Path.of("/var/tmp", "fieldline-pg-" + Integer.toHexString(repoRoot.hashCode()));
      Log.info("The project folder is not reachable by '" + user + "'; using " + home);
    }
    return new LocalCluster(bin, home, user);
  }

  /** Initialises (once) and starts the cluster; answers the port it listens on. */
  int start() {
    Path data = home.resolve("data");
    prepareFolder();
    if (!Files.exists(data.resolve("PG_VERSION"))) {
      Log.info("Initialising a private PostgreSQL cluster in " + data);
      check(
          Shell.runAs(
              osUser,
              120,
              List.of(
                  bin.resolve("initdb").toString(),
                  "-D",
                  data.toString(),
                  "-U",
                  SUPERUSER,
                  "-A",
                  "trust",
                  "-E",
                  "UTF8",
                  "--locale=C")),
          "initdb");
    }
    Optional<Integer> running = runningPort(data);
    if (running.isPresent()) {
      Log.info("Private cluster already running on port " + running.get());
      return running.get();
    }
    int port = choosePort();
    Log.info("Starting the private cluster on 127.0.0.1:" + port);
    String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''";
    check(
        Shell.runAs(
            osUser,
            120,
            List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                data.toString(),
                "-l",
                home.resolve("server.log").toString(),
                "-w",
                "-t",
                "90",
                "-o",
                options,
                "start")),
        "pg_ctl start (see " + home.resolve("server.log") + ")");
    writePort(port);
    return port;
  }

  /** Stops the cluster (fast shutdown); its data stays. */
  void stop() {
    Path data = home.resolve("data");
    check(
        Shell.runAs(
            osUser,
            120,
            List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                data.toString(),
                "-m",
                "fast",
                "-w",
                "stop")),
        "pg_ctl stop");
  }

  Path home() {
    return home;
  }

  private void prepareFolder() {
    try {
      Files.createDirectories(home);
      if (Shell.isRoot()) {
        check(Shell.run(30, List.of("chown", "-R", osUser, home.toString())), "chown " + home);
      }
    } catch (IOException e) {
      throw new BootstrapException("Cannot create " + home + ": " + e.getMessage(), e);
    }
  }

  private Optional<Integer> runningPort(Path data) {
    Shell.Result status =
        Shell.runAs(
            osUser, 30, List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "status"));
    if (!status.ok()) {
      return Optional.empty();
    }
    try {
      List<String> pid = Files.readAllLines(data.resolve("postmaster.pid"), StandardCharsets.UTF_8);
      return Optional.of(Integer.parseInt(pid.get(3).trim()));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private int choosePort() {
    Path saved = home.resolve("port");
    try {
      if (Files.exists(saved)) {
        int port = Integer.parseInt(Files.readString(saved).trim());
        if (free(port)) {
          return port;
        }
      }
    } catch (IOException | NumberFormatException e) {
      Log.info("Ignoring unreadable " + saved);
    }
    for (int port = FIRST_PORT; port < FIRST_PORT + 200; port++) {
      if (free(port)) {
        return port;
      }
    }
    throw new BootstrapException("No free port in " + FIRST_PORT + ".." + (FIRST_PORT + 199));
  }

  private void writePort(int port) {
    try {
      Files.writeString(home.resolve("port"), Integer.toString(port));
    } catch (IOException e) {
      Log.info("Could not save the port: " + e.getMessage());
    }
  }

  private static boolean free(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String serverUser() {
    if (Shell.run(10, List.of("id", "-u", "postgres")).ok()) {
      return "postgres";
    }
    Log.info("Creating the system user 'postgres' to run the private cluster");
    check(Shell.run(30, List.of("useradd", "--system", "--no-create-home", "postgres")), "useradd");
    return "postgres";
  }

  private static boolean reachableBy(String user, Path home) {
    Path probe = home;
    while (probe != null && !Files.exists(probe)) {
      probe = probe.getParent();
    }
    return probe != null && Shell.runAs(user, 10, List.of("test", "-x", probe.toString())).ok();
  }

  private static void check(Shell.Result result, String what) {
    if (!result.ok()) {
      throw new BootstrapException(
          what + " failed (exit " + result.exitCode() + "):\n" + result.output());
    }
  }
}
