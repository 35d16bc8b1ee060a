package dev.driftgate.cli;

import dev.driftgate.config.Secret;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.error.InputFiles;
import dev.driftgate.error.InputLimit;
import dev.driftgate.postgres.EmbeddedServer;
import dev.driftgate.postgres.PasswordProtection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code driftgate postgres start}: a PostgreSQL to try the runner on, from the same embedded
 * binaries {@code verify} uses. It runs in the foreground until Ctrl-C and its data is thrown away
 * when it stops.
 */
@Command(
    name = "postgres",
    mixinStandardHelpOptions = true,
    description = "A throwaway local PostgreSQL for trying the runner (no installation needed).",
    subcommands = {PostgresCommand.Start.class})
final class PostgresCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code postgres start}. */
  @Command(
      name = "start",
      mixinStandardHelpOptions = true,
      description =
          "Start an embedded PostgreSQL on localhost in the foreground; Ctrl-C stops it and"
              + " deletes its data.")
  static final class Start implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--port",
        defaultValue = "5432",
        description = "TCP port on localhost (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
        names = "--password-file",
        paramLabel = "FILE",
        description =
            "Require this password (first line of FILE) for user postgres (default: a random"
                + " one, in a file only you can read; the export line below names it).")
    Path passwordFile;

    @Override
    public Integer call() throws InterruptedException {
      if (port < 1 || port > 65535) {
        throw DriftgateException.badInput("--port " + port + ": must be from 1 to 65535");
      }
      Secret password = passwordFile == null ? Secret.none() : readPassword(passwordFile);
      EmbeddedServer server = EmbeddedServer.start(port);
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, stopped)));
      if (password.isSet()) {
        PasswordProtection.require(server, password);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "PostgreSQL "
              + server.info().version()
              + " (embedded) is running on localhost:"
              + server.port());
      out.println("Connection settings for driftgate in another terminal:");
      out.println("  export DB_HOST=localhost DB_PORT=" + server.port() + " DB_USER=postgres");
      out.println(
          "  export DB_PASSWORD=\"$(head -n 1 "
              + (password.isSet() ? passwordFile : server.passwordFile())
              + ")\"");
      out.println("Stop it with Ctrl-C; its data is deleted then.");
      out.flush();
      stopped.await();
      return 0;
    }

    private static Secret readPassword(Path file) {
      String text = InputFiles.readUtf8(file, file.toString(), InputLimit.PASSWORD_FILE);
      String first = text.lines().findFirst().orElse("").strip();
      if (first.isEmpty()) {
        throw DriftgateException.badInput(file + ": empty; put the password on its first line");
      }
      return Secret.of(first);
    }

    private static void stop(EmbeddedServer server, CountDownLatch stopped) {
      server.close();
      stopped.countDown();
    }
  }
}
