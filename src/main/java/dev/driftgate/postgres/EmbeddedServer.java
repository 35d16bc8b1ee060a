package dev.driftgate.postgres;

import dev.driftgate.config.CacheDirectory;
import dev.driftgate.config.Secret;
import dev.driftgate.error.DriftgateException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL from zonky's embedded binaries: the bundled version from the classpath,
 * other versions downloaded once. Durability is switched off: every database it holds is scratch,
 * and fsync would double the cost of building them. Its data directory is a copy of a cluster
 * initialised once per version, deleted when the server stops. Every connection needs the
 * superuser's password, which each run replaces by a random one of its own ({@link
 * ClusterPassword}): another local user cannot connect while it runs.
 */
public final class EmbeddedServer implements PostgresServer {
  private static final Map<String, String> SCRATCH_SETTINGS =
      Map.of(
          "fsync", "off",
          "synchronous_commit", "off",
          "full_page_writes", "off",
          "autovacuum", "off",
          // one transaction may create thousands of tables (PERF-NOTES: 5,000 tables need >= 256)
          "max_locks_per_transaction", "512",
          "max_connections", "200",
          // a query of a pull request's migration cannot fill the disk with temporary files; only a
          // superuser may raise it, and the scripts run as none (SPEC §7)
          "temp_file_limit", "2GB",
          // loopback TCP only: no socket file in a shared directory such as /tmp
          "unix_socket_directories", "",
          // not the machine's: defaults deparse alike everywhere (zonky's builder sets it too)
          "timezone", "UTC");

  /** How long stopping waits for the postmaster to exit (zonky's pg_ctl waits 5 s). */
  private static final int STOP_WAIT_SECONDS = 10;

  private final Postmaster postgres;
  private final Path dataDirectory;
  private final ServerInfo info;
  private final ClusterTemplate template;
  private final Queue<String> readyCopies = new ConcurrentLinkedQueue<>();
  private final Optional<Watchdog> watchdog;
  private final KeptCluster kept;
  private volatile Secret password;

  /** A running postmaster: its port, and how it stops. */
  interface Postmaster {
    int port();

    void close() throws IOException;
  }

  private EmbeddedServer(
      Postmaster postgres,
      Path dataDirectory,
      String version,
      ClusterTemplate template,
      KeptCluster kept,
      Secret password) {
    this.postgres = postgres;
    this.password = password;
    this.dataDirectory = dataDirectory;
    this.info = new ServerInfo("embedded", version);
    this.template = template;
    this.kept = kept;
    if (template != null && kept == null) {
      readyCopies.addAll(template.copyNames());
    }
    this.watchdog = postmaster(dataDirectory).flatMap(p -> Watchdog.guard(p, dataDirectory));
  }

  /** Starts the bundled version on a free port. */
  public static EmbeddedServer start() {
    return start(0);
  }

  /** Starts the bundled version on {@code port} (0: a free one), for users to try the runner on. */
  public static EmbeddedServer start(int port) {
    return start(PostgresVersion.BUNDLED, StartupSteps.NONE, null, port, null);
  }

  /**
   * Starts a server of the given version whose cluster holds {@code template} (may be null), ready;
   * failure is an infrastructure error (exit 3).
   */
  public static EmbeddedServer start(
      PostgresVersion version, StartupSteps steps, ClusterTemplate template) {
    return start(version, steps, template, 0, null);
  }

  /**
   * Starts a server on a cluster kept between runs, whose databases outlive the run (the
   * replay-state cache); a kept cluster that does not start is replaced by a fresh copy once.
   */
  public static EmbeddedServer startKept(
      PostgresVersion version, StartupSteps steps, ClusterTemplate template, KeptCluster kept) {
    try {
      // a cluster whose last server did not stop cleanly is copied afresh, like one that fails
      return start(version, steps, template, kept.stoppedCleanly() ? 0 : -1, kept);
    } catch (DriftgateException e) {
      return start(version, steps, template, -1, kept);
    }
  }

  /** {@code port} 0: a free one; -1: a free one, on a kept cluster copied afresh. */
  private static EmbeddedServer start(
      PostgresVersion version,
      StartupSteps steps,
      ClusterTemplate template,
      int port,
      KeptCluster kept) {
    Path cache = CacheDirectory.root().resolve("postgres");
    Supplier<EmbeddedPostgres.Builder> builder = () -> builder(version, cache, steps);
    Path data;
    try {
      Path clusters = cache.resolve("clusters");
      // "-scram": clusters of older versions trusted every local connection; never reuse them
      String key = version.binaries() + "-scram" + (template == null ? "" : "-" + template.key());
      DataDirectories.InitDb initdb = DataDirectories.InitDb.with(builder, template);
      data =
          kept == null
              ? DataDirectories.fresh(clusters, key, initdb)
              : DataDirectories.kept(clusters, key, initdb, kept.dataDirectory(), port < 0);
    } catch (IOException | RuntimeException e) {
      throw failed(version, e);
    }
    Postmaster postgres;
    Path unpacked = PrivateDirectory.unpackedBinaries(cache);
    Optional<Path> known = PgCtl.known(unpacked, version);
    try {
      Optional<Postmaster> direct = known.flatMap(b -> started(unpacked, b, data, port));
      if (direct.isPresent()) {
        postgres = direct.get();
      } else {
        postgres = zonky(builder.get(), data, port);
        PgCtl.remember(unpacked, version, data);
      }
    } catch (IOException | RuntimeException e) {
      if (kept == null) {
        DataDirectories.deleteQuietly(data);
      }
      throw failed(version, e);
    }
    Secret password = ClusterPassword.random();
    try (Connection c = superuser(postgres.port(), "postgres", ClusterPassword.read(data))) {
      ClusterPassword.change(c, data, password);
      return new EmbeddedServer(
          postgres, data, c.getMetaData().getDatabaseProductVersion(), template, kept, password);
    } catch (SQLException | IOException e) {
      stop(postgres, data, kept != null);
      throw DriftgateException.infrastructure(
          "the embedded PostgreSQL started but does not accept connections: " + Messages.oneLine(e),
          e);
    }
  }

  /**
   * A postmaster started with the binaries an earlier start unpacked ({@link PgCtl}); empty when
   * that fails, for zonky to try.
   */
  private static Optional<Postmaster> started(Path unpacked, Path binaries, Path data, int port) {
    try {
      ServerEnvironment.wrapAll(unpacked);
      return Optional.of(PgCtl.start(binaries, data, SCRATCH_SETTINGS, Math.max(port, 0)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A postmaster started by zonky, which unpacks its binaries first where they are not yet. */
  private static Postmaster zonky(EmbeddedPostgres.Builder builder, Path data, int port)
      throws IOException {
    EmbeddedPostgres.Builder configured =
        builder
            .setDataDirectory(data.toFile())
            .setCleanDataDirectory(false)
            // zonky's readiness check logs in
            .setConnectConfig("password", ClusterPassword.read(data).reveal());
    if (port > 0) {
      configured.setPort(port);
    }
    EmbeddedPostgres started = configured.start();
    return new Postmaster() {
      @Override
      public int port() {
        return started.getPort();
      }

      @Override
      public void close() throws IOException {
        started.close();
      }
    };
  }

  /** A connection as the superuser, with the cluster's password. */
  static Connection superuser(int port, String database, Secret password) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port + "/" + database,
        Logins.as("postgres", password.reveal()));
  }

  /**
   * Gives the superuser {@code newPassword} instead of the run's random one ({@link
   * PasswordProtection}, for {@code driftgate postgres start --password-file}), as the run's own
   * was given: a SCRAM verifier, and the cluster's password file.
   */
  void changePassword(Secret newPassword) throws SQLException, IOException {
    try (Connection c = connect("postgres")) {
      ClusterPassword.change(c, dataDirectory, newPassword);
    }
    this.password = newPassword;
  }

  private static EmbeddedPostgres.Builder builder(
      PostgresVersion version, Path cache, StartupSteps steps) {
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setPGStartupWait(Duration.ofSeconds(60))
            .setOutputRedirector(Redirect.DISCARD)
            .setErrorRedirector(Redirect.DISCARD)
            // initdb: 1 MB WAL segments keep the cluster copied for every run small
            .setLocaleConfig("wal-segsize", "1");
    SCRATCH_SETTINGS.forEach(builder::setServerConfig);
    // the bundled version too: the classpath of another project's tests may hold other binaries
    builder.setPgBinaryResolver(new BinaryArtifacts(version, cache.resolve("binaries"), steps));
    Path unpacked = PrivateDirectory.unpackedBinaries(cache);
    builder.setOverrideWorkingDirectory(unpacked.toFile());
    // runs once the binaries are unpacked, right before pg_ctl starts the postmaster
    builder.setDataDirectoryCustomizer(data -> ServerEnvironment.wrapAll(unpacked));
    return builder;
  }

  private static DriftgateException failed(PostgresVersion version, Exception e) {
    return DriftgateException.infrastructure(
        "could not start the embedded PostgreSQL " + version.major() + ": " + Messages.oneLine(e),
        e);
  }

  /**
   * The file that holds the superuser's password of this run (readable by its owner only, deleted
   * with the data), for {@code driftgate postgres start} to point at instead of printing it.
   */
  public Path passwordFile() {
    return dataDirectory.resolve(ClusterPassword.FILE);
  }

  /** Where the cluster's files are (tests look at its postmaster). */
  Path dataDirectory() {
    return dataDirectory;
  }

  /** The TCP port the server listens on (localhost only). */
  public int port() {
    return postgres.port();
  }

  @Override
  public ServerInfo info() {
    return info;
  }

  @Override
  public Connection connect(String database) throws SQLException {
    return superuser(postgres.port(), database, password);
  }

  @Override
  public Connection connectAs(String database, String user, String password) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + postgres.port() + "/" + database,
        Logins.as(user, password));
  }

  /** A URL with the superuser's password in it: for a JDBC tool to connect, never to print. */
  @Override
  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:"
        + postgres.port()
        + "/"
        + database
        + "?user=postgres&password="
        + password.reveal();
  }

  @Override
  public Optional<String> preparedTemplate() {
    return Optional.ofNullable(template).map(ClusterTemplate::name);
  }

  @Override
  public Optional<String> takeReadyCopy(String templateName) {
    return template != null && template.name().equals(templateName)
        ? Optional.ofNullable(readyCopies.poll())
        : Optional.empty();
  }

  /** Stopping the server discards every database in it, unless its cluster is kept. */
  @Override
  public boolean disposable() {
    return kept == null;
  }

  @Override
  public Optional<Path> keptDirectory() {
    return Optional.ofNullable(kept).map(KeptCluster::directory);
  }

  @Override
  public void close() {
    stop(postgres, dataDirectory, kept != null);
    watchdog.ifPresent(Watchdog::dismiss);
    if (kept != null) {
      kept.close();
    }
  }

  /**
   * Stops the server, then deletes its directory. On Ctrl-C zonky's own shutdown hook may be
   * stopping it at the same moment (then {@code close()} returns at once): the directory goes only
   * once the postmaster has finished (it removes its pid file last), or {@code pg_ctl stop} would
   * find no pid file and leave the server running without its data.
   */
  private static void stop(Postmaster postgres, Path data, boolean keep) {
    Optional<ProcessHandle> postmaster = postmaster(data);
    try {
      postgres.close();
    } catch (IOException e) {
      // a scratch server that does not stop cleanly loses nothing; its directory goes below
    }
    postmaster.ifPresent(p -> awaitShutdown(p, data.resolve(PID_FILE)));
    if (!keep) {
      DataDirectories.deleteQuietly(data);
    }
  }

  /** A running postmaster's lock file in its data directory: its pid first, its status last. */
  static final String PID_FILE = "postmaster.pid";

  /** The postmaster of a data directory, from the first line of its {@code postmaster.pid}. */
  static Optional<ProcessHandle> postmaster(Path data) {
    try (Stream<String> lines = Files.lines(data.resolve(PID_FILE))) {
      return lines.findFirst().map(String::strip).map(Long::parseLong).flatMap(ProcessHandle::of);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static void awaitShutdown(ProcessHandle postmaster, Path pidFile) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_WAIT_SECONDS);
    while (Files.exists(pidFile) && postmaster.isAlive() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
