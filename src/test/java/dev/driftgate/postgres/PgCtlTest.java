package dev.driftgate.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.config.CacheDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start after the first one uses the binaries that start wrote down, with {@code pg_ctl} itself
 * rather than through zonky, and the server is the same: the same executable, the same settings.
 */
class PgCtlTest {
  private static final String[] SETTINGS = {
    "timezone",
    "fsync",
    "synchronous_commit",
    "full_page_writes",
    "autovacuum",
    "max_locks_per_transaction",
    "max_connections",
    "temp_file_limit",
    "unix_socket_directories",
    "port"
  };

  @TempDir Path dir;

  @Test
  void aLaterStartUsesTheBinariesTheFirstWroteDownWithTheSameSettings()
      throws IOException, SQLException {
    Path unpacked = PrivateDirectory.unpackedBinaries(CacheDirectory.root().resolve("postgres"));
    Path note = unpacked.resolve("binaries-" + PostgresVersion.BUNDLED.binaries());
    Files.deleteIfExists(note); // the first start goes through zonky, and writes it down
    Map<String, String> throughZonky;
    try (EmbeddedServer first = EmbeddedServer.start()) {
      throughZonky = settings(first);
    }
    Path binaries = Path.of(Files.readString(note, StandardCharsets.UTF_8).strip());
    assertThat(binaries.getParent()).isEqualTo(unpacked);
    assertThat(PgCtl.known(unpacked, PostgresVersion.BUNDLED)).contains(binaries);

    try (EmbeddedServer second = EmbeddedServer.start()) {
      Map<String, String> withPgCtl = settings(second);
      assertThat(withPgCtl.remove("port")).isEqualTo(Integer.toString(second.port()));
      throughZonky.remove("port");
      assertThat(withPgCtl).isEqualTo(throughZonky);
      assertThat(withPgCtl.get("timezone")).as("not the machine's").endsWith("UTC");
      ProcessHandle postmaster =
          ProcessHandle.of(
                  Long.parseLong(
                      Files.readAllLines(second.dataDirectory().resolve("postmaster.pid"))
                          .get(0)
                          .strip()))
              .orElseThrow();
      assertThat(postmaster.info().command()).contains(binaries.resolve("bin/postgres").toString());
    }
  }

  @Test
  void binariesNotWhollyUnpackedOrElsewhereAreNotUsed() throws IOException {
    Path unpacked = Files.createDirectories(dir.resolve("unpacked"));
    Path pg = Files.createDirectories(unpacked.resolve("PG-test/bin"));
    for (String tool : new String[] {"pg_ctl", "postgres"}) {
      Path file = Files.writeString(pg.resolve(tool), "#!/bin/sh\n");
      file.toFile().setExecutable(true);
    }
    Path marker = Files.writeString(unpacked.resolve("PG-test/.exists"), "");
    Files.setLastModifiedTime(pg, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    Path note = unpacked.resolve("binaries-" + PostgresVersion.BUNDLED.binaries());
    Files.writeString(note, pg.getParent().toString());
    assertThat(PgCtl.known(unpacked, PostgresVersion.BUNDLED))
        .as("an unpacking newer than its marker did not finish")
        .isEmpty();

    Files.setLastModifiedTime(marker, FileTime.fromMillis(System.currentTimeMillis() + 120_000));
    assertThat(PgCtl.known(unpacked, PostgresVersion.BUNDLED)).contains(pg.getParent());

    Files.writeString(note, dir.resolve("elsewhere/PG-test").toString());
    assertThat(PgCtl.known(unpacked, PostgresVersion.BUNDLED))
        .as("a directory outside the private one")
        .isEmpty();
  }

  private static Map<String, String> settings(EmbeddedServer server) throws SQLException {
    Map<String, String> values = new TreeMap<>();
    try (Connection c = server.connect("postgres");
        Statement s = c.createStatement()) {
      for (String name : SETTINGS) {
        try (ResultSet rs = s.executeQuery("SELECT current_setting('" + name + "')")) {
          rs.next();
          values.put(name, rs.getString(1));
        }
      }
    }
    return values;
  }
}
