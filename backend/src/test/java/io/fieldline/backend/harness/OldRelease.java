package io.fieldline.backend.harness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * An earlier release of the reference client (mobile-contract and the sync-protocol it was built
 * with), taken from git at {@link #COMMIT}, compiled once into {@code target/harness/old-client}
 * and loaded child-first for {@code io.fieldline.*}, so it runs beside the current classes with its
 * own wire types and codec; third-party libraries (Jackson, SQLite) come from the harness.
 *
 * <p>{@link #COMMIT} is the first release of the reference client, made before the last change to
 * the wire format (the additive {@code assigned} member of applied results, d222340): its decoder
 * has never seen that member. Protocol version 1 is the only version there is (PROTOCOL.md), so
 * this is the oldest client a phone in the field can run.
 */
final class OldRelease {
  static final String COMMIT =
      System.getProperty("harness.old-client-commit", "a9acc701c3d604b1c591821ce0195dbc8e647b3c");

  private static ClassLoader loader;

  private OldRelease() {}

  /** The class loader of the old release (built on first use). */
  static synchronized ClassLoader loader() {
    if (loader == null) {
      Path classes = build();
      try {
        loader = new ChildFirst(new URL[] {classes.toUri().toURL()}, OldRelease.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return loader;
  }

  private static Path build() {
    Path home = Path.of("target", "harness", "old-client", COMMIT.substring(0, 12));
    Path classes = home.resolve("classes");
    if (Files.exists(classes.resolve("io/fieldline/contract/client/SyncClient.class"))) {
      return classes;
    }
    Path src = home.resolve("src");
    try {
      Files.createDirectories(src);
      // the repository root is the backend's parent
      Path root = Path.of("").toAbsolutePath().getParent();
      Process git =
          new ProcessBuilder(
                  "sh",
                  "-c",
                  "git -C '"
                      + root
                      + "' archive "
                      + COMMIT
                      + " sync-protocol/src/main mobile-contract/src/main | tar -x -C '"
                      + src.toAbsolutePath()
                      + "'")
              .redirectErrorStream(true)
              .start();
      String out = new String(git.getInputStream().readAllBytes());
      if (git.waitFor() != 0) {
        throw new IllegalStateException("git archive " + COMMIT + " failed: " + out);
      }
      List<String> args = new ArrayList<>();
      args.addAll(
          List.of(
              "-nowarn",
              "-proc:none",
              "-d",
              classes.toString(),
              "-cp",
              System.getProperty("java.class.path")));
      try (Stream<Path> files = Files.walk(src)) {
        files.filter(p -> p.toString().endsWith(".java")).forEach(p -> args.add(p.toString()));
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      ByteArrayOutputStream errors = new ByteArrayOutputStream();
      if (javac.run(null, errors, errors, args.toArray(String[]::new)) != 0) {
        throw new IllegalStateException("compiling the old release failed: " + errors);
      }
      return classes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Loads {@code io.fieldline.*} from the old release first, the rest from the harness. */
  private static final class ChildFirst extends URLClassLoader {
    ChildFirst(URL[] urls, Class<?> anchor) {
      super(urls, anchor.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        if (!name.startsWith("io.fieldline.")) {
          return super.loadClass(name, resolve);
        }
        Class<?> c = findLoadedClass(name);
        if (c == null) {
          c = findClass(name);
        }
        if (resolve) {
          resolveClass(c);
        }
        return c;
      }
    }
  }
}
