package dev.driftgate.postgres;

import dev.driftgate.error.DriftgateException;

/**
 * Chooses and starts the server of a run: the mode asked for, or — when none is — an external
 * server if a JDBC URL is given, a container where a Docker engine answers, the embedded server
 * otherwise.
 *
 * @param mode the mode asked for, or null to choose
 * @param version the major version for embedded and container mode, or null for the default
 * @param jdbcUrl the server of external mode, or null
 * @param password the password of external mode when the URL has none (DB_PASSWORD), or null
 */
public record Provisioner(
    PostgresMode mode, PostgresVersion version, String jdbcUrl, String password) {

  public static Provisioner embedded() {
    return new Provisioner(PostgresMode.EMBEDDED, null, null, null);
  }

  public PostgresMode chosenMode() {
    if (mode != null) {
      return mode;
    }
    if (jdbcUrl != null) {
      return PostgresMode.EXTERNAL;
    }
    return ContainerServer.dockerAnswers() ? PostgresMode.CONTAINER : PostgresMode.EMBEDDED;
  }

  /** Checks the combination of options before anything starts; mistakes are bad usage. */
  public Provisioner validated() {
    if (mode == PostgresMode.EXTERNAL && jdbcUrl == null) {
      throw DriftgateException.badInput(
          "--postgres external needs --jdbc-url jdbc:postgresql://host:port/database?user=name");
    }
    if (jdbcUrl != null && mode != null && mode != PostgresMode.EXTERNAL) {
      throw DriftgateException.badInput(
          "--jdbc-url goes with --postgres external, not " + mode.name().toLowerCase());
    }
    if (jdbcUrl != null && version != null) {
      throw DriftgateException.badInput(
          "--pg-version applies to embedded and container mode; an external server has its own version");
    }
    return this;
  }

  /**
   * Starts the server; an embedded one comes with {@code template} ready (a cached cluster holds
   * it), other modes leave it to the run.
   */
  public PostgresServer start(StartupSteps steps, ClusterTemplate template) {
    return start(steps, template, false);
  }

  /**
   * As above; {@code keep}: an embedded server runs on the cluster kept for the replay-state cache
   * when no other run holds it (then its {@code keptDirectory()} says so), else on a fresh one.
   */
  public PostgresServer start(StartupSteps steps, ClusterTemplate template, boolean keep) {
    PostgresVersion v = version == null ? PostgresVersion.BUNDLED : version;
    return switch (chosenMode()) {
      case EMBEDDED -> keep ? kept(v, steps, template) : EmbeddedServer.start(v, steps, template);
      case CONTAINER -> ContainerServer.start(v);
      case EXTERNAL -> ExternalServer.connect(jdbcUrl, password);
    };
  }

  /** The kept cluster of the version and template, shared by the runs of one user in turn. */
  public static java.nio.file.Path keptClusters() {
    return dev.driftgate.config.CacheDirectory.root().resolve("postgres").resolve("kept");
  }

  /**
   * Where the cluster {@link #start(StartupSteps, ClusterTemplate, boolean) start} keeps is, when
   * it would start an embedded server: what the replay-state cache wrote there can be read without
   * one.
   */
  public java.util.Optional<java.nio.file.Path> keptDirectory(ClusterTemplate template) {
    return chosenMode() == PostgresMode.EMBEDDED
        ? java.util.Optional.of(
            keptDirectory(version == null ? PostgresVersion.BUNDLED : version, template))
        : java.util.Optional.empty();
  }

  private static java.nio.file.Path keptDirectory(PostgresVersion v, ClusterTemplate template) {
    return keptClusters().resolve(v.binaries() + "-" + template.key());
  }

  private static PostgresServer kept(
      PostgresVersion v, StartupSteps steps, ClusterTemplate template) {
    java.util.Optional<KeptCluster> kept = KeptCluster.acquire(keptDirectory(v, template));
    if (kept.isEmpty()) {
      return EmbeddedServer.start(v, steps, template);
    }
    try {
      return EmbeddedServer.startKept(v, steps, template, kept.get());
    } catch (RuntimeException e) {
      kept.get().close();
      throw e;
    }
  }
}
