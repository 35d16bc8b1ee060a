package dev.driftgate.cli;

import dev.driftgate.postgres.PostgresMode;
import dev.driftgate.postgres.PostgresVersion;
import dev.driftgate.postgres.Provisioner;
import picocli.CommandLine.Option;

/** The options that choose the PostgreSQL server of a run (SPEC §6), shared by commands. */
final class PostgresOptions {
  @Option(
      names = "--postgres",
      paramLabel = "MODE",
      description =
          "embedded, container or external (default: external with --jdbc-url, container where a"
              + " Docker engine answers, else embedded).")
  String mode;

  @Option(
      names = "--pg-version",
      paramLabel = "MAJOR",
      description = "PostgreSQL 15, 16, 17 or 18 for embedded and container mode (default: 15).")
  String version;

  @Option(
      names = "--jdbc-url",
      paramLabel = "URL",
      description =
          "An existing server (external mode): jdbc:postgresql://host:port/database?user=name; the"
              + " password may come from DB_PASSWORD. Only scratch databases with a unique prefix are"
              + " created and dropped there.")
  String jdbcUrl;

  Provisioner provisioner() {
    return new Provisioner(
            mode == null ? null : PostgresMode.parse(mode),
            version == null ? null : PostgresVersion.parse(version),
            jdbcUrl,
            System.getenv("DB_PASSWORD"))
        .validated();
  }
}
