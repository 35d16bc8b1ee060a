package dev.driftgate.layout.liquibase;

import dev.driftgate.error.DriftgateException;
import dev.driftgate.error.InputFiles;
import dev.driftgate.error.InputLimit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses a changelog property reference ({@code ${name}}) that Liquibase would resolve from
 * driftgate's own process: a Java system property or an environment variable (Liquibase also maps
 * {@code a.b-c} to {@code A_B_C}). A pull request controls the changelog, the CI job's environment
 * holds its secrets: such a reference would copy a secret into the database, then into a finding.
 * The value is never read, only whether the name exists.
 */
final class HostProperties {
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}\\s]+)}");

  private HostProperties() {}

  /** Throws bad input at the first reference to a host value in these files. */
  static void check(List<Path> files, Function<Path, String> display) {
    for (Path file : files) {
      List<String> lines =
          Files.isRegularFile(file)
              ? InputFiles.readUtf8(file, display.apply(file), InputLimit.MIGRATION)
                  .lines()
                  .toList()
              : List.of();
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = REFERENCE.matcher(lines.get(i));
        while (m.find()) {
          if (fromHost(m.group(1))) {
            throw DriftgateException.badInput(
                display.apply(file)
                    + ":"
                    + (i + 1)
                    + ": changelog property ${"
                    + m.group(1)
                    + "} is not allowed: it would resolve from driftgate's own environment");
          }
        }
      }
    }
  }

  private static boolean fromHost(String name) {
    String env = name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    return System.getProperties().containsKey(name)
        || System.getenv().containsKey(name)
        || System.getenv().containsKey(env);
  }
}
