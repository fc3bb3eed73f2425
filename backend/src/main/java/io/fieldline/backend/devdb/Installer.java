package io.fieldline.backend.devdb;

import java.util.List;

/** Installs PostgreSQL with the operating system's package manager, where that is possible. */
final class Installer {
  private Installer() {}

  static boolean canInstall() {
    return Shell.isRoot() && Shell.exists("apt-get");
  }

  static void installPostgres() {
    Log.info("No PostgreSQL found; installing Debian's postgresql package (apt-get) ...");
    List<String> env = List.of("env", "DEBIAN_FRONTEND=noninteractive");
    Shell.Result update = Shell.run(900, concat(env, List.of("apt-get", "update", "-q")), true);
    if (!update.ok()) {
      throw new BootstrapException("'apt-get update' failed (exit " + update.exitCode() + ").");
    }
    Shell.Result install =
        Shell.run(
            1800,
            concat(
                env,
                List.of("apt-get", "install", "-y", "-q", "--no-install-recommends", "postgresql")),
            true);
    if (!install.ok()) {
      throw new BootstrapException(
          "'apt-get install postgresql' failed (exit " + install.exitCode() + ").");
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
