package dev.driftgate.bench;

import dev.driftgate.postgres.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The machine's {@code psql} and {@code pg_dump}, pointed at the benchmark's embedded server. */
final class Psql {
  private final Map<String, String> env;
  private final int port;
  private final Path log;

  /**
   * Every cluster asks for the superuser's password (SPEC §7): the tools read it from a password
   * file beside the log, readable by its owner only, and never prompt ({@code -w}).
   */
  Psql(EmbeddedServer server, Path log) throws IOException {
    this(
        portOf(server.jdbcUrl("postgres")),
        "postgres",
        Files.readString(server.passwordFile()).strip(),
        log);
  }

  private Psql(int port, String user, String password, Path log) throws IOException {
    Path passfile = log.resolveSibling("pgpass-" + user);
    Files.deleteIfExists(passfile);
    Files.createFile(
        passfile,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(passfile, "localhost:" + port + ":*:" + user + ":" + password + "\n");
    this.env =
        Map.of(
            "PGHOST",
            "localhost",
            "PGPORT",
            String.valueOf(port),
            "PGUSER",
            user,
            "PGPASSFILE",
            passfile.toString());
    this.port = port;
    this.log = log;
  }

  /** The same tools logging in as another role of the server. */
  Psql as(String user, String password) throws IOException {
    return new Psql(port, user, password, log);
  }

  /** The superuser's password, for a driftgate command pointed at the server (DB_PASSWORD). */
  static String password(EmbeddedServer server) throws IOException {
    return Files.readString(server.passwordFile()).strip();
  }

  /** {@code psql -X -q -v ON_ERROR_STOP=1 [-1] -d DB -f FILE}. */
  void file(String database, Path file, boolean oneTransaction) throws IOException {
    List<String> command =
        new ArrayList<>(List.of("psql", "-X", "-w", "-q", "-v", "ON_ERROR_STOP=1", "-d", database));
    if (oneTransaction) {
      command.add("-1");
    }
    command.addAll(List.of("-f", file.toString()));
    Command.check(command, env, null, log);
  }

  /** {@code pg_dump --schema-only -d DB -f OUT}. */
  void dump(String database, Path out) throws IOException {
    Command.check(
        List.of("pg_dump", "-w", "--schema-only", "-d", database, "-f", out.toString()),
        env,
        null,
        log);
  }

  /** The port of a server from one of its JDBC URLs ({@code jdbc:postgresql://host:port/db}). */
  private static int portOf(String jdbcUrl) {
    String rest = jdbcUrl.substring(jdbcUrl.indexOf("//") + 2);
    return Integer.parseInt(rest.substring(rest.indexOf(':') + 1, rest.indexOf('/')));
  }
}
