package dev.driftgate.layout.liquibase;

import dev.driftgate.error.DriftgateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import liquibase.change.Change;
import liquibase.change.core.CreateProcedureChange;
import liquibase.change.core.CreateViewChange;
import liquibase.change.core.ExecuteShellCommandChange;
import liquibase.change.core.LoadDataChange;
import liquibase.change.core.OutputChange;
import liquibase.change.core.SQLFileChange;
import liquibase.change.custom.CustomChangeWrapper;
import liquibase.changelog.ChangeSet;

/**
 * Refuses, before any database is made, the changes a pull request could use to reach the host
 * instead of the database: a process ({@code executeCommand}), Java code ({@code customChange}),
 * driftgate's own output ({@code output}), and any file a change reads ({@code sqlFile}, {@code
 * loadData}, {@code createProcedure}/{@code createView} with a path) that is not inside the project
 * once {@code ..} and symbolic links are resolved. One rule for every change that names a file.
 */
final class ChangeGuard {
  private final Path root;
  private final LiquibaseConfig config;
  private final Function<Path, String> display;
  private final ChangesetLines lines = new ChangesetLines();

  ChangeGuard(Path root, LiquibaseConfig config, Function<Path, String> display) {
    this.root = realPath(root);
    this.config = config;
    this.display = display;
  }

  /** Throws bad input naming the first refused change's file and changeset line. */
  void check(List<ChangeSet> changeSets) {
    for (ChangeSet changeSet : changeSets) {
      List<Change> changes = new ArrayList<>(changeSet.getChanges());
      changes.addAll(changeSet.getRollback().getChanges());
      for (Change change : changes) {
        String refused = refusal(changeSet, change);
        if (refused != null) {
          Path file = Changelog.file(config, changeSet.getFilePath());
          throw DriftgateException.badInput(
              display.apply(file) + ":" + lines.line(file, changeSet.getId()) + ": " + refused);
        }
      }
    }
  }

  private String refusal(ChangeSet changeSet, Change change) {
    if (change instanceof ExecuteShellCommandChange) {
      return "executeCommand is not allowed: it would run a process on the host";
    }
    if (change instanceof CustomChangeWrapper) {
      return "customChange is not allowed: it would run Java code on the host";
    }
    if (change instanceof OutputChange) {
      return "output is not allowed: it would write into driftgate's own output";
    }
    if (change instanceof SQLFileChange c) {
      return outside(changeSet, "sqlFile", c.getPath(), c.isRelativeToChangelogFile());
    }
    if (change instanceof LoadDataChange c) {
      return outside(changeSet, "loadData", c.getFile(), c.isRelativeToChangelogFile());
    }
    if (change instanceof CreateProcedureChange c) {
      return outside(changeSet, "createProcedure", c.getPath(), c.isRelativeToChangelogFile());
    }
    if (change instanceof CreateViewChange c) {
      return outside(changeSet, "createView", c.getPath(), c.getRelativeToChangelogFile());
    }
    return null;
  }

  /** Why a change's file is refused, or null when it stays inside the project. */
  private String outside(ChangeSet changeSet, String kind, String path, Boolean relative) {
    if (path == null) {
      return null;
    }
    String named = path.replace('\\', '/');
    boolean classpath = named.startsWith("classpath:");
    if (classpath) {
      // the class path is the project's search roots: the rest is relative to them
      named = named.substring("classpath:".length()).replaceFirst("^/+", "");
    }
    if (named.contains(":") || named.startsWith("/")) {
      return kind + " path " + named + " is not allowed: only files inside the project are read";
    }
    List<Path> bases =
        Boolean.TRUE.equals(relative) && !classpath
            ? List.of(Changelog.file(config, changeSet.getFilePath()).getParent())
            : config.searchRoots();
    for (Path base : bases) {
      if (!realPath(base.resolve(named).normalize()).startsWith(root)) {
        return kind + " path " + named + " is not allowed: it leads outside the project";
      }
    }
    return null;
  }

  /** The path with symbolic links resolved in the part of it that exists. */
  private static Path realPath(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    try {
      return existing == null
          ? absolute
          : existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      return absolute;
    }
  }
}
