package dev.driftgate.bench.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An append-only log partitioned by month, as real schemas keep events: a range-partitioned parent
 * with a composite key and an index (both on every partition), one partition per month of a year
 * and a default partition. Part of the baseline; no entity maps it.
 */
record PartitionedTable(String name, int year) {
  static PartitionedTable monthly(String name, int year) {
    return new PartitionedTable(name, year);
  }

  /** The parent and its partitions, as a team writes them in its canonical script. */
  String sql() {
    StringBuilder sql = new StringBuilder("CREATE TABLE ").append(name).append(" (\n");
    sql.append("    id bigint GENERATED ALWAYS AS IDENTITY,\n");
    sql.append("    occurred_at timestamptz NOT NULL DEFAULT now(),\n");
    sql.append("    kind varchar(40) NOT NULL,\n");
    sql.append("    payload jsonb NOT NULL DEFAULT '{}'::jsonb,\n");
    sql.append("    PRIMARY KEY (id, occurred_at)\n");
    sql.append(") PARTITION BY RANGE (occurred_at);\n");
    sql.append("CREATE INDEX ").append(name).append("_kind_occurred_at_idx ON ").append(name);
    sql.append(" (kind, occurred_at);\n");
    for (String partition : partitions()) {
      sql.append("CREATE TABLE ").append(partition).append(" PARTITION OF ").append(name);
      sql.append(partition.endsWith("_default") ? " DEFAULT" : bounds(partition)).append(";\n");
    }
    return sql.toString();
  }

  /** {@code event_log_2026_01} ... {@code event_log_2026_12}, {@code event_log_default}. */
  List<String> partitions() {
    List<String> partitions = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      partitions.add(String.format(Locale.ROOT, "%s_%d_%02d", name, year, month));
    }
    partitions.add(name + "_default");
    return partitions;
  }

  private String bounds(String partition) {
    int month = Integer.parseInt(partition.substring(partition.length() - 2));
    return String.format(
        Locale.ROOT,
        "\n    FOR VALUES FROM ('%d-%02d-01') TO ('%d-%02d-01')",
        year,
        month,
        month == 12 ? year + 1 : year,
        month == 12 ? 1 : month + 1);
  }
}
