package dev.driftgate.bench.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL enum type. Labels a migration adds ({@code ALTER TYPE ... ADD VALUE}) come from a
 * pool of spare labels and sort last, as they do in the canonical script.
 */
final class EnumType {
  /** A label and the migration that added it. */
  record Label(String value, int since) {}

  private final String name;
  private final String kind;
  private final int since;
  private final List<Label> labels = new ArrayList<>();
  private final List<String> spare;

  EnumType(String name, String kind, int since, List<String> initial, List<String> spare) {
    this.name = name;
    this.kind = kind;
    this.since = since;
    initial.forEach(l -> labels.add(new Label(l, since)));
    this.spare = new ArrayList<>(spare);
  }

  String name() {
    return name;
  }

  /** What it classifies ({@code status}, {@code priority}, ...): the name of its columns. */
  String kind() {
    return kind;
  }

  int since() {
    return since;
  }

  List<Label> labels() {
    return List.copyOf(labels);
  }

  /** The labels as of a migration (0: the baseline). */
  List<String> labelsAt(int version) {
    return labels.stream().filter(l -> l.since() <= version).map(Label::value).toList();
  }

  /** The default of columns of this type: its first label, which every version has. */
  String defaultSql() {
    return "'" + labels.get(0).value() + "'::" + name;
  }

  boolean canGrow() {
    return !spare.isEmpty();
  }

  /** Adds the next spare label in a migration and returns it. */
  String grow(int migration) {
    String label = spare.remove(0);
    labels.add(new Label(label, migration));
    return label;
  }
}
