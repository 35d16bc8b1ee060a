package dev.driftgate.layout.flyway;

import dev.driftgate.error.DriftgateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds the migrations Flyway resolves in a project's locations: the highest baseline migration
 * ({@code B<version>__}), the versioned ones by version, the repeatable ones by description. Two
 * migrations with the same version (or two repeatables with the same description) are bad input, as
 * Flyway refuses them.
 */
final class FlywayResolver {
  private final FlywayNaming naming;
  private final Path root;

  FlywayResolver(FlywayNaming naming, Path root) {
    this.naming = naming;
    this.root = root;
  }

  FlywayMigrations resolve(List<FlywayLocation> locations) {
    TreeMap<FlywayVersion, FlywayFile> versioned = new TreeMap<>();
    TreeMap<FlywayVersion, FlywayFile> baselines = new TreeMap<>();
    TreeMap<String, FlywayFile> repeatable = new TreeMap<>();
    Map<Path, Boolean> seen = new HashMap<>();
    for (FlywayLocation location : locations) {
      for (Path file : scan(location)) {
        if (seen.put(file, true) != null) {
          continue; // two locations that overlap name the same file once
        }
        Optional<FlywayFile> parsed = naming.parse(file, display(file));
        if (parsed.isEmpty()) {
          continue;
        }
        FlywayFile f = parsed.get();
        ScriptConfig.check(file, display(file));
        switch (f.kind()) {
          case VERSIONED -> unique(versioned, f.version(), f, "version " + f.version());
          case BASELINE -> unique(baselines, f.version(), f, "baseline version " + f.version());
          case REPEATABLE -> unique(repeatable, f.description(), f, "repeatable description");
        }
      }
    }
    return new FlywayMigrations(
        baselines.isEmpty() ? null : baselines.lastEntry().getValue(),
        List.copyOf(versioned.values()),
        List.copyOf(repeatable.values()));
  }

  private <K> void unique(Map<K, FlywayFile> byKey, K key, FlywayFile file, String what) {
    FlywayFile other = byKey.putIfAbsent(key, file);
    if (other != null) {
      throw DriftgateException.badInput(
          display(file.file())
              + ": found more than one migration with "
              + what
              + (what.startsWith("repeatable") ? " '" + file.description() + "'" : "")
              + " (also "
              + display(other.file())
              + "); Flyway refuses to run them: rename one");
    }
  }

  /** The files under a location, recursively, in path order; none for a missing location. */
  private static List<Path> scan(FlywayLocation location) {
    if (!Files.isDirectory(location.dir())) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(location.dir())) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> p.toAbsolutePath().normalize())
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    } catch (IOException e) {
      throw DriftgateException.badInput(
          "Flyway location " + location.text() + ": cannot be listed (" + e.getMessage() + ")");
    }
  }

  private String display(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return (absolute.startsWith(root) ? root.relativize(absolute) : absolute)
        .toString()
        .replace('\\', '/');
  }
}
