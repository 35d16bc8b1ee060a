package dev.driftgate.bench.synthetic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a generated project holds, per object kind, in its final state (the canonical script).
 * {@code baselineTables} counts the tables the baselines already have.
 */
public record Counts(Map<String, Integer> byKind) {

  static Counts of(List<TierSchema> tiers) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (TierSchema s : tiers) {
      add(counts, "tiers", 1);
      add(counts, "tables", s.tables.size());
      add(counts, "baseline tables", (int) s.tables.stream().filter(t -> t.since() == 0).count());
      add(counts, "migrations", s.steps.size());
      for (Table t : s.tables) {
        add(counts, "columns", t.columns().size());
        for (Constraint c : t.constraints()) {
          add(counts, kind(c), 1);
        }
        add(counts, "indexes", t.indexes().size());
        add(counts, "partial indexes", (int) t.indexes().stream().filter(Index::partial).count());
        add(
            counts,
            "multi-column indexes",
            (int) t.indexes().stream().filter(i -> i.keys().size() > 1).count());
      }
      add(counts, "enum types", s.enums.size());
      add(counts, "sequences", s.sequences.size());
      add(counts, "views", s.views.size());
      add(counts, "functions", s.functions.size() + 1);
      add(counts, "triggers", s.triggers.size());
      if (!s.partitioned.isEmpty()) {
        add(counts, "partitioned tables", s.partitioned.size());
        add(
            counts,
            "partitions",
            s.partitioned.stream().mapToInt(p -> p.partitions().size()).sum());
        int expressions = 0;
        for (Table t : s.tables) {
          expressions += (int) t.indexes().stream().filter(Index::onExpression).count();
        }
        add(counts, "expression indexes", expressions);
      }
    }
    return new Counts(counts);
  }

  public int get(String kind) {
    return byKind.getOrDefault(kind, 0);
  }

  /** {@code tables 100 · columns 1,134 · ...} */
  public String describe() {
    StringBuilder s = new StringBuilder();
    byKind.forEach(
        (k, v) -> s.append(s.length() == 0 ? "" : " · ").append(k).append(' ').append(v));
    return s.toString();
  }

  private static String kind(Constraint c) {
    if (c instanceof Constraint.PrimaryKey) {
      return "primary keys";
    }
    if (c instanceof Constraint.Unique) {
      return "unique constraints";
    }
    return c instanceof Constraint.Check ? "check constraints" : "foreign keys";
  }

  private static void add(Map<String, Integer> counts, String kind, int n) {
    counts.merge(kind, n, Integer::sum);
  }
}
