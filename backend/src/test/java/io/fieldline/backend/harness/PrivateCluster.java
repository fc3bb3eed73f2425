package io.fieldline.backend.harness;

import io.fieldline.backend.devdb.HarnessDatabases;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A throw-away PostgreSQL cluster for runs that restart the database (the shared server on 5432 is
 * never touched): initialised with initdb under {@code /var/tmp/fieldline-harness-pg-<port>} (as
 * the {@code postgres} system user when root, since PostgreSQL refuses root), started on a free
 * port, crashed with {@code pg_ctl stop -m immediate} and started again; deleted on close.
 */
public final class PrivateCluster implements AutoCloseable {
  private final Path bin;
  private final Path home;
  private final int port;

  private PrivateCluster(Path bin, Path home, int port) {
    this.bin = bin;
    this.home = home;
    this.port = port;
  }

  /** Initialises and starts a cluster; empty if PostgreSQL's binaries are not installed. */
  public static java.util.Optional<PrivateCluster> start() {
    java.util.Optional<Path> bin = HarnessDatabases.binaries();
    if (bin.isEmpty()) {
      return java.util.Optional.empty();
    }
    int port = freePort();
    Path home = Path.of("/var/tmp", "fieldline-harness-pg-" + port);
    try {
      Files.createDirectories(home);
      if (HarnessDatabases.isRoot()) {
        new ProcessBuilder("chown", "postgres", home.toString()).inheritIO().start().waitFor();
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    PrivateCluster cluster = new PrivateCluster(bin.get(), home, port);
    HarnessDatabases.runAsServerUser(
        120,
        List.of(
            bin.get().resolve("initdb").toString(),
            "-D",
            cluster.data(),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C"));
    cluster.up();
    return java.util.Optional.of(cluster);
  }

  public int port() {
    return port;
  }

  /** Starts the server and waits until it accepts connections. */
  public void up() {
    HarnessDatabases.runAsServerUser(
        120,
        List.of(
            bin.resolve("pg_ctl").toString(),
            "-D",
            data(),
            "-l",
            home.resolve("server.log").toString(),
            "-w",
            "-t",
            "90",
            "-o",
            "-p "
                + port
                + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                + " -c max_connections=100 -c shared_buffers=64MB -c fsync=on",
            "start"));
  }

  /** Crashes the server (immediate shutdown: no checkpoint, crash recovery at the next start). */
  public void crash() {
    HarnessDatabases.runAsServerUser(
        60,
        List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "immediate", "-w", "stop"));
  }

  private String data() {
    return home.resolve("data").toString();
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try {
      crash();
    } catch (RuntimeException e) {
      System.err.println("private cluster already down: " + e.getMessage());
    }
    try {
      new ProcessBuilder("rm", "-rf", home.toString()).inheritIO().start().waitFor();
    } catch (IOException e) {
      System.err.println("cannot remove " + home + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
