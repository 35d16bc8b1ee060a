package dev.driftgate.layout.liquibase;

import dev.driftgate.error.DriftgateException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ResourceAccessor;

/**
 * A master changelog as Liquibase parses it, includes resolved: how many changesets, and which
 * files it reads. Parsed when the project is read, so that a malformed changelog or a missing
 * include is bad input before any database is made.
 *
 * @param changesets every changeset, whatever the contexts (those decide at apply time)
 * @param files the changelog files, the master first, as paths on disk
 */
record Changelog(int changesets, List<Path> files) {

  static Changelog parse(LiquibaseConfig config, ChangeGuard guard) {
    DatabaseChangeLog log;
    try {
      log =
          QuietLiquibase.run(
              config.searchRoots(),
              () -> {
                ResourceAccessor accessor = QuietLiquibase.accessor(config.searchRoots());
                return ChangeLogParserFactory.getInstance()
                    .getParser(config.changelog(), accessor)
                    .parse(config.changelog(), new ChangeLogParameters(), accessor);
              });
    } catch (Exception e) {
      throw DriftgateException.badInput(
          "Liquibase changelog " + config.changelog() + ": " + LiquibaseErrors.message(e));
    }
    guard.check(log.getChangeSets());
    Set<Path> files = new LinkedHashSet<>();
    files.add(file(config, config.changelog()));
    for (ChangeSet changeSet : log.getChangeSets()) {
      files.add(file(config, changeSet.getFilePath()));
    }
    return new Changelog(log.getChangeSets().size(), List.copyOf(files));
  }

  /** The file on disk Liquibase means by a changelog path. */
  static Path file(LiquibaseConfig config, String logical) {
    String path = logical.startsWith("classpath:") ? logical.substring(10) : logical;
    path = path.replace('\\', '/').replaceFirst("^/+", "");
    for (Path root : config.searchRoots()) {
      Path file = root.resolve(path).normalize();
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    Path absolute = Path.of(logical);
    return absolute.isAbsolute() ? absolute : config.searchRoots().get(0).resolve(path);
  }
}
