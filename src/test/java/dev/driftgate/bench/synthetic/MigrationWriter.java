package dev.driftgate.bench.synthetic;

import java.util.List;

/**
 * One migration as a team writes it: the idempotent DDL of one step of the history ({@code IF NOT
 * EXISTS}, {@code CREATE OR REPLACE}, {@code DO} blocks that check the catalog first), so that it
 * succeeds and changes nothing when it runs a second time or on a fresh install.
 */
final class MigrationWriter {
  private MigrationWriter() {}

  static String migration(TierSchema schema, int k, String name) {
    TierSchema.Step step = schema.steps.get(k - 1);
    StringBuilder sql = new StringBuilder();
    sql.append("-- ").append(name).append(" (").append(schema.name).append(")\n");
    sql.append("-- ").append(step.description()).append(".\n");
    sql.append("-- Idempotent: safe to re-run, and a no-op on a fresh install.\n\n");
    for (EnumType type : schema.enums) {
      if (type.since() == k) {
        String create = ScriptWriter.createEnum(type.name(), type.labelsAt(k));
        sql.append(guarded(exists("pg_type", "typname", type.name(), null), create));
      }
      for (EnumType.Label label : type.labels()) {
        if (label.since() == k && type.since() < k) {
          sql.append("ALTER TYPE ").append(type.name()).append(" ADD VALUE IF NOT EXISTS '");
          sql.append(label.value()).append("';\n\n");
        }
      }
    }
    for (TierSchema.Sequence s : schema.sequences) {
      if (s.since() == k) {
        sql.append("CREATE SEQUENCE IF NOT EXISTS ").append(s.name());
        sql.append(" START WITH ").append(s.start()).append(";\n\n");
      }
    }
    for (Table table : schema.tables) {
      appendTable(sql, table, schema.triggers, k);
    }
    for (Definition d : schema.functions) {
      d.writtenBy(k)
          .ifPresent(v -> sql.append("CREATE OR REPLACE ").append(v.sql()).append("\n\n"));
    }
    for (Definition d : schema.views) {
      d.writtenBy(k)
          .ifPresent(v -> sql.append("CREATE OR REPLACE ").append(v.sql()).append("\n\n"));
    }
    return sql.toString();
  }

  private static void appendTable(
      StringBuilder sql, Table table, List<TierSchema.Trigger> triggers, int k) {
    String t = table.name();
    if (table.since() == k) {
      sql.append("CREATE TABLE IF NOT EXISTS ").append(t).append(" (\n");
      sql.append(
          ScriptWriter.body(
              table.columns().stream().filter(c -> c.since() == k).toList(),
              table.constraints().stream().filter(c -> c.since() == k).toList()));
      sql.append(");\n\n");
      if (table.comment() != null) {
        sql.append(ScriptWriter.comment(table)).append("\n\n");
      }
    } else if (table.since() < k) {
      for (Column c : table.columns()) {
        if (c.since() == k) {
          sql.append("ALTER TABLE ").append(t).append(" ADD COLUMN IF NOT EXISTS ");
          sql.append(c.sql()).append(";\n\n");
        }
      }
      for (Constraint c : table.constraints()) {
        if (c.since() == k) {
          String add = "ALTER TABLE " + t + " ADD " + c.clause() + ";";
          sql.append(guarded(exists("pg_constraint", "conname", c.name(), t), add));
        }
      }
    }
    for (Index index : table.indexes()) {
      if (index.since() == k) {
        sql.append(index.sql(true)).append("\n\n");
      }
    }
    for (TierSchema.Trigger trigger : triggers) {
      if (trigger.since() == k && trigger.table().equals(t)) {
        String create = ScriptWriter.createTrigger(trigger);
        sql.append(guarded(exists("pg_trigger", "tgname", trigger.name(), t), create));
      }
    }
  }

  /** The catalog query that finds an object: one of the tier's types, or one of a table's. */
  private static String exists(String catalog, String column, String name, String table) {
    String scope =
        table == null
            ? "typnamespace = 'public'::regnamespace"
            : (catalog.equals("pg_trigger") ? "tgrelid" : "conrelid")
                + " = 'public."
                + table
                + "'::regclass";
    return "SELECT 1 FROM " + catalog + " WHERE " + column + " = '" + name + "' AND " + scope;
  }

  private static String guarded(String existsQuery, String statement) {
    return "DO $$\nBEGIN\n    IF NOT EXISTS ("
        + existsQuery
        + ") THEN\n        "
        + statement.replace("\n", "\n        ")
        + "\n    END IF;\nEND\n$$;\n\n";
  }
}
