package dev.driftgate.postgres;

import dev.driftgate.config.CacheDirectory;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts and stops a postmaster with the {@code pg_ctl} of binaries zonky unpacked before, as zonky
 * would ({@code pg_ctl -D … -o "-p PORT -F -c …" -w start}, under {@code unshare -U} as root), but
 * without what zonky does first on every start: reading and hashing the 15 MB archive to name the
 * directory it unpacked, and running a shell script and {@code lsb_release} to name the Linux
 * distribution (0.4–0.7 s of a 1 s start on 2 cores). Which directory a version's binaries are in
 * is written down after a start through zonky ({@link #remember}), from the running postmaster's
 * executable; a directory that is gone or not completely unpacked sends the start to zonky again.
 */
final class PgCtl implements EmbeddedServer.Postmaster {
  private static final int STOP_WAIT_SECONDS = 5;
  private static final long POLL_MILLIS = 5;

  private final Path binaries;
  private final Path data;
  private final int port;
  private final Thread onExit;
  private volatile boolean stopped;
  private final CountDownLatch launched = new CountDownLatch(1);

  private PgCtl(Path binaries, Path data, int port) {
    this.binaries = binaries;
    this.data = data;
    this.port = port;
    this.onExit = new Thread(this::stopQuietly, "driftgate-postmaster-stop");
  }

  /** The binaries of {@code version} a start through zonky wrote down, if still whole. */
  static Optional<Path> known(Path unpacked, PostgresVersion version) {
    if (!linux()) {
      return Optional.empty();
    }
    try {
      Path note = note(unpacked, version);
      if (!Files.isRegularFile(note)) {
        return Optional.empty();
      }
      Path dir = Path.of(Files.readString(note).strip());
      boolean whole =
          dir.getParent() != null
              && dir.getParent().equals(unpacked)
              && Files.isExecutable(dir.resolve("bin/pg_ctl"))
              && Files.isExecutable(dir.resolve("bin/postgres"))
              && ServerEnvironment.unpackedWhole(dir);
      return whole ? Optional.of(dir) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes down which directory under {@code unpacked} holds the binaries of the postmaster now
   * running on {@code data} (started through zonky), for the next start of {@code version}.
   */
  static void remember(Path unpacked, PostgresVersion version, Path data) {
    try {
      Optional<Path> executable =
          EmbeddedServer.postmaster(data).flatMap(p -> p.info().command()).map(Path::of);
      if (executable.isEmpty()) {
        return;
      }
      Path dir = executable.get().getParent().getParent();
      if (dir.getParent().equals(unpacked)) {
        CacheDirectory.replace(note(unpacked, version), dir.toString());
      }
    } catch (IOException | RuntimeException e) {
      // the next start goes through zonky again
    }
  }

  /** Starts a postmaster on {@code data} with {@code settings}, on {@code port} (0: a free one). */
  static PgCtl start(Path binaries, Path data, Map<String, String> settings, int port)
      throws IOException {
    int chosen = port > 0 ? port : freePort();
    List<String> options = new ArrayList<>(List.of("-p", Integer.toString(chosen), "-F"));
    settings.forEach((name, value) -> options.addAll(List.of("-c", name + "=" + value)));
    PgCtl postmaster = new PgCtl(binaries, data, chosen);
    long since = System.currentTimeMillis() / 1000 - 1;
    // before the launch: a JVM that exits while pg_ctl starts the server (a SIGTERM, a run whose
    // project could not be read) still stops it, once the start is over
    Runtime.getRuntime().addShutdownHook(postmaster.onExit);
    try {
      postmaster.run(
          List.of("-D", data.toString(), "-o", String.join(" ", options), "-w", "start"),
          () -> postmaster.ready(since));
    } catch (IOException | RuntimeException e) {
      postmaster.forget();
      throw e;
    } finally {
      postmaster.launched.countDown();
    }
    return postmaster;
  }

  /** A start that failed: nothing to stop at exit. */
  private void forget() {
    try {
      Runtime.getRuntime().removeShutdownHook(onExit);
    } catch (IllegalStateException e) {
      // the JVM is exiting: the hook's stop finds no server and fails quietly
    }
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public void close() throws IOException {
    try {
      Runtime.getRuntime().removeShutdownHook(onExit);
    } catch (IllegalStateException e) {
      // the JVM is exiting: the hook stops it
    }
    stop();
  }

  private void stopQuietly() {
    try {
      stop();
    } catch (IOException e) {
      // the watchdog ends a postmaster whose JVM is gone
    }
  }

  private synchronized void stop() throws IOException {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      launched.await(90, TimeUnit.SECONDS); // a stop at exit waits for a start under way
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Path pidFile = data.resolve(EmbeddedServer.PID_FILE);
    boolean running = Files.exists(pidFile);
    run(
        List.of(
            "-D",
            data.toString(),
            "stop",
            "-m",
            "fast",
            "-t",
            Integer.toString(STOP_WAIT_SECONDS),
            "-w"),
        () -> running && !Files.exists(pidFile));
  }

  /**
   * Whether the postmaster this start launched accepts connections: its lock file names this
   * start's port, a time not before it, a live process and the status {@code ready}, which is what
   * {@code pg_ctl -w} waits for.
   */
  private boolean ready(long sinceEpochSeconds) {
    try {
      List<String> lines = Files.readAllLines(data.resolve(EmbeddedServer.PID_FILE));
      return lines.size() >= 8
          && lines.get(7).strip().equals("ready")
          && lines.get(3).strip().equals(Integer.toString(port))
          && Long.parseLong(lines.get(2).strip()) >= sinceEpochSeconds
          && ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
              .map(ProcessHandle::isAlive)
              .orElse(false);
    } catch (IOException | RuntimeException e) {
      return false; // not written yet, or half written
    }
  }

  /**
   * Runs {@code pg_ctl}, and returns as soon as {@code done} holds: {@code pg_ctl -w} checks what
   * it waits for every 100 ms, 50 ms lost on average at each start and stop; it sees the same at
   * its next check and ends on its own.
   */
  private void run(List<String> arguments, java.util.function.BooleanSupplier done)
      throws IOException {
    List<String> command = new ArrayList<>();
    if (root()) {
      command.addAll(List.of("unshare", "-U")); // PostgreSQL refuses to run as root
    }
    command.add(binaries.resolve("bin/pg_ctl").toString());
    command.addAll(arguments);
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(Redirect.DISCARD)
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    try {
      while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
        if (done.getAsBoolean()) {
          return;
        }
        if (System.nanoTime() > deadline) {
          break;
        }
      }
      if (process.isAlive() || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IOException(
            "pg_ctl " + (arguments.contains("stop") ? "stop" : "start") + " failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while pg_ctl ran", e);
    }
  }

  private static Path note(Path unpacked, PostgresVersion version) {
    return unpacked.resolve("binaries-" + version.binaries());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static boolean linux() {
    return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
  }

  private static boolean root() {
    try {
      return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
