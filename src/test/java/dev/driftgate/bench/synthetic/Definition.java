package dev.driftgate.bench.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A view or a function: {@code CREATE OR REPLACE} lets a migration redefine it, so it has versions,
 * each remembering the migration that wrote it. Only baseline objects are redefined, and only once:
 * a migration that re-created an older version on a fresh install would undo a later one (and a
 * view cannot lose columns), which is real drift the generator must not plant.
 */
final class Definition {
  /** What kind of object; decides where it goes in a script. */
  enum Kind {
    VIEW,
    FUNCTION
  }

  /**
   * One version.
   *
   * @param sql the statement without its leading {@code CREATE} or {@code CREATE OR REPLACE}
   */
  record Version(int since, String sql) {}

  private final Kind kind;
  private final String name;
  private final String table;
  private final List<Version> versions = new ArrayList<>();

  Definition(Kind kind, String name, String table, Version first) {
    this.kind = kind;
    this.name = name;
    this.table = table;
    versions.add(first);
  }

  Kind kind() {
    return kind;
  }

  String name() {
    return name;
  }

  /** The table it reads. */
  String table() {
    return table;
  }

  int since() {
    return versions.get(0).since();
  }

  /** The version in force after a migration (0: the baseline), if it existed then. */
  Optional<Version> at(int migration) {
    Version found = null;
    for (Version v : versions) {
      if (v.since() <= migration) {
        found = v;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The version a migration wrote, if it wrote one. */
  Optional<Version> writtenBy(int migration) {
    return versions.stream().filter(v -> v.since() == migration).findFirst();
  }

  boolean redefinable() {
    return versions.size() == 1 && since() == 0;
  }

  void redefine(Version version) {
    versions.add(version);
  }
}
