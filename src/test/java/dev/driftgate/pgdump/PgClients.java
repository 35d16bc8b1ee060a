package dev.driftgate.pgdump;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The machine's {@code psql} and {@code pg_dump} (from {@code $PG_BIN} if set, else the {@code
 * PATH}), pointed at one local server as its superuser. {@code pg_dump} refuses servers of a newer
 * major version than its own, so the server must not be newer than the clients.
 */
public final class PgClients {
  private final String bin;
  private final Map<String, String> env;
  private final Path log;

  public PgClients(int port, Path log) {
    String dir = System.getenv("PG_BIN");
    this.bin = dir == null || dir.isBlank() ? "" : Path.of(dir).toAbsolutePath() + "/";
    this.env = Map.of("PGHOST", "localhost", "PGPORT", String.valueOf(port), "PGUSER", "postgres");
    this.log = log;
  }

  /**
   * {@code psql -X -q -v ON_ERROR_STOP=1 -d DB -f FILE} in {@code directory} (where a relative
   * {@code \i} path starts).
   */
  public void psql(String database, Path file, Path directory) throws IOException {
    run(
        List.of(
            bin + "psql",
            "-X",
            "-q",
            "-v",
            "ON_ERROR_STOP=1",
            "-d",
            database,
            "-f",
            file.toAbsolutePath().toString()),
        directory);
  }

  /**
   * {@code pg_dump [--schema-only] --restrict-key KEY -d DB}: the dump's text. A fixed key (pg_dump
   * draws a random one by default) keeps a regenerated dump identical to the last one.
   */
  public String dump(String database, boolean schemaOnly, String restrictKey) throws IOException {
    Path out = Files.createTempFile("pgdump", ".sql");
    try {
      List<String> command = new ArrayList<>(List.of(bin + "pg_dump"));
      if (schemaOnly) {
        command.add("--schema-only");
      }
      command.addAll(List.of("--restrict-key=" + restrictKey, "-d", database, "-f", out + ""));
      run(command, null);
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.delete(out);
    }
  }

  /** {@code pg_dump --version}: {@code pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)}. */
  public String dumpVersion() throws IOException {
    Path out = Files.createTempFile("pgdump", ".txt");
    try {
      run(List.of(bin + "pg_dump", "--version"), null, out);
      return Files.readString(out, StandardCharsets.UTF_8).strip();
    } finally {
      Files.delete(out);
    }
  }

  /** The major version of {@code pg_dump}: 15 for {@code pg_dump (PostgreSQL) 15.18 ...}. */
  public int dumpMajor() throws IOException {
    String[] words = dumpVersion().split("\\s+");
    return Integer.parseInt(words[2].split("\\.")[0]);
  }

  private void run(List<String> command, Path directory) throws IOException {
    run(command, directory, null);
  }

  private void run(List<String> command, Path directory, Path stdout) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(env);
    if (directory != null) {
      builder.directory(directory.toFile());
    }
    builder.redirectOutput(
        stdout == null
            ? ProcessBuilder.Redirect.appendTo(log.toFile())
            : ProcessBuilder.Redirect.to(stdout.toFile()));
    builder.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    int status;
    try {
      status = builder.start().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + command.get(0), e);
    }
    if (status != 0) {
      List<String> lines = Files.readAllLines(log);
      throw new IOException(
          String.join(" ", command)
              + " exited with "
              + status
              + "; see "
              + log
              + ":\n"
              + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
    }
  }
}
