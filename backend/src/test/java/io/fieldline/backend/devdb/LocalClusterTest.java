package io.fieldline.backend.devdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The run command's fallback when no server answers on 5432: a private cluster from the installed
 * binaries, in a project-local folder, on a free port; restarting keeps its data.
 */
class LocalClusterTest {

  @Test
  void initialisesStartsProvisionsAndRestartsAPrivateCluster() throws Exception {
    Optional<Path> bin = PostgresBinaries.find();
    assumeTrue(bin.isPresent(), "PostgreSQL binaries are not installed on this machine");
    Path repo = Files.createTempDirectory("fieldline-repo");
    Shell.run(10, java.util.List.of("chmod", "755", repo.toString()));
    LocalCluster cluster = LocalCluster.at(bin.get(), repo);
    int port = cluster.start();
    try {
      DbTarget target =
          RoleSetup.provision("127.0.0.1", port, LocalCluster.SUPERUSER, "fieldline", false);
      try (Connection c =
          AdminConnection.open("127.0.0.1", port, "fieldline", LocalCluster.SUPERUSER)) {
        c.createStatement().execute("create table keep_me (id int)");
        c.createStatement().execute("insert into keep_me values (7)");
      }
      assertThat(target.appUser()).isEqualTo(RoleSetup.APP);
      assertThat(Files.exists(repo.resolve(".fieldline/pg/data/PG_VERSION"))).isTrue();

      // a second start finds it running on the same port
      assertThat(cluster.start()).isEqualTo(port);
      // stopped and started again: same data, same port
      cluster.stop();
      int again = cluster.start();
      assertThat(again).isEqualTo(port);
      try (Connection c = AdminConnection.open("127.0.0.1", again, "fieldline", RoleSetup.APP);
          ResultSet rs =
              c.createStatement()
                  .executeQuery(
                      "select rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getBoolean(1)).isFalse();
        assertThat(rs.getBoolean(2)).isFalse();
      }
      try (Connection c =
              AdminConnection.open("127.0.0.1", again, "fieldline", LocalCluster.SUPERUSER);
          ResultSet rs = c.createStatement().executeQuery("select id from keep_me")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(7);
      }
    } finally {
      cluster.stop();
      Shell.run(60, java.util.List.of("rm", "-rf", repo.toString()));
    }
  }
}
