package dev.driftgate.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The machine's {@code psql} and {@code pg_dump}, pointed at the benchmark's embedded server. */
final class Psql {
  private final Map<String, String> env;
  private final Path log;

  Psql(int port, Path log) {
    this.env = Map.of("PGHOST", "localhost", "PGPORT", String.valueOf(port), "PGUSER", "postgres");
    this.log = log;
  }

  /** {@code psql -X -q -v ON_ERROR_STOP=1 [-1] -d DB -f FILE}. */
  void file(String database, Path file, boolean oneTransaction) throws IOException {
    List<String> command =
        new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", database));
    if (oneTransaction) {
      command.add("-1");
    }
    command.addAll(List.of("-f", file.toString()));
    Command.check(command, env, null, log);
  }

  /** {@code pg_dump --schema-only -d DB -f OUT}. */
  void dump(String database, Path out) throws IOException {
    Command.check(
        List.of("pg_dump", "--schema-only", "-d", database, "-f", out.toString()), env, null, log);
  }

  /** The port of a server from one of its JDBC URLs ({@code jdbc:postgresql://host:port/db}). */
  static int portOf(String jdbcUrl) {
    String rest = jdbcUrl.substring(jdbcUrl.indexOf("//") + 2);
    return Integer.parseInt(rest.substring(rest.indexOf(':') + 1, rest.indexOf('/')));
  }
}
