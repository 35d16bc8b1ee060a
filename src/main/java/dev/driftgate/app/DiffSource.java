package dev.driftgate.app;

import dev.driftgate.config.Manifest;
import dev.driftgate.config.Project;
import dev.driftgate.config.Tier;
import dev.driftgate.diff.Source;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.sqlscript.MetaCommand;
import dev.driftgate.sqlscript.ScriptItem;
import dev.driftgate.sqlscript.ScriptReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One side of {@code diff}: a SQL script, a migrations directory, a live database or an entity
 * source or class directory (SPEC §6). Scripts and migrations are built in scratch databases; a
 * live database is only read; entities are compared with the entity rules ({@link DiffEntities}).
 */
sealed interface DiffSource {

  /** The kind of source, as findings name it. */
  Source source();

  /** A SQL script; with {@code \c} lines it holds several tiers. */
  record Script(Path file) implements DiffSource {
    @Override
    public Source source() {
      return Source.SETUP;
    }

    /** The script's tiers: the project's when it sits in one, else one per database it names. */
    Manifest tiers() {
      Path root = file.toAbsolutePath().normalize().getParent();
      if (Files.isRegularFile(root.resolve(Project.MANIFEST))) {
        return dev.driftgate.config.ManifestReader.read(root);
      }
      Map<String, Tier> tiers = new LinkedHashMap<>();
      for (ScriptItem item : new ScriptReader().read(root, file.toAbsolutePath()).items()) {
        if (item instanceof MetaCommand.Connect c) {
          tiers.putIfAbsent(c.database(), new Tier(c.database(), c.database(), null, null));
        }
      }
      if (tiers.isEmpty()) {
        tiers.put(Manifest.DEFAULT_TIER, new Tier(Manifest.DEFAULT_TIER, null, null, null));
      }
      return new Manifest(
          tiers, List.of(), !tiers.containsKey(Manifest.DEFAULT_TIER), Map.of(), null);
    }
  }

  /** The migrations directory of a project: its tiers' baselines and migrations, replayed. */
  record Migrations(Path project) implements DiffSource {
    @Override
    public Source source() {
      return Source.MIGRATIONS;
    }
  }

  /** A live database, opened read-only. */
  record Live(String jdbcUrl, String database) implements DiffSource {
    @Override
    public Source source() {
      return Source.LIVE;
    }
  }

  /**
   * JPA entities: Java sources (compiled in-process) or compiled classes under {@code dir}; the
   * project around it (its parent) says how they are named, as for {@code verify}.
   */
  record Entities(Path dir, boolean sources) implements DiffSource {
    @Override
    public Source source() {
      return Source.ENTITIES;
    }
  }

  /** Recognises what an argument of {@code diff} names. */
  static DiffSource of(String argument) {
    if (argument.startsWith("jdbc:")) {
      java.util.Properties parsed = org.postgresql.Driver.parseURL(argument, null);
      if (parsed == null) {
        throw DriftgateException.badInput(
            dev.driftgate.postgres.ExternalServer.redact(argument)
                + ": not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database?user=name)");
      }
      return new Live(argument, parsed.getProperty("PGDBNAME", "postgres"));
    }
    Path path = Paths.get(argument);
    if (Files.isRegularFile(path) && argument.endsWith(".sql")) {
      return new Script(path);
    }
    if (Files.isDirectory(path) && Files.isRegularFile(path.resolve("manifest.yaml"))) {
      Path project = path.toAbsolutePath().normalize().getParent();
      if (!path.toAbsolutePath()
          .normalize()
          .getFileName()
          .toString()
          .equals(Project.MIGRATIONS_DIR)) {
        throw DriftgateException.badInput(
            argument + ": a migrations directory is the migrations/ of a project");
      }
      return new Migrations(project);
    }
    if (Files.isDirectory(path)) {
      String kind = EntityFiles.kind(path);
      if (kind != null) {
        return new Entities(path.toAbsolutePath().normalize(), kind.equals(".java"));
      }
    }
    throw DriftgateException.badInput(
        argument
            + ": not a SQL script, a migrations directory (with manifest.yaml), an entity source"
            + " or class directory or a jdbc:postgresql:// URL");
  }
}
