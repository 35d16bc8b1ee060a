package dev.driftgate.bench.synthetic;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A tier's schema as of one point of its history, as plain DDL: the baseline is the snapshot after
 * migration 0, the tier's part of the canonical script the snapshot after its last migration. Enum
 * types, sequences and the trigger function first; then per table its {@code CREATE TABLE},
 * comment, indexes and trigger; then partitioned tables; then functions and views, which read the
 * tables.
 */
final class ScriptWriter {
  private ScriptWriter() {}

  static String snapshot(TierSchema schema, int version) {
    StringBuilder sql = new StringBuilder();
    for (EnumType type : schema.enums) {
      if (type.since() <= version) {
        sql.append(createEnum(type.name(), type.labelsAt(version))).append('\n');
      }
    }
    for (TierSchema.Sequence s : schema.sequences) {
      if (s.since() <= version) {
        sql.append("CREATE SEQUENCE ").append(s.name()).append(" START WITH ").append(s.start());
        sql.append(";\n");
      }
    }
    sql.append('\n').append(triggerFunction("CREATE")).append('\n');
    for (Table table : schema.tables) {
      if (table.since() <= version) {
        sql.append(createTable(table, schema.triggers, version)).append('\n');
      }
    }
    for (PartitionedTable table : schema.partitioned) {
      sql.append(table.sql()).append('\n');
    }
    appendDefinitions(sql, schema.functions, version);
    appendDefinitions(sql, schema.views, version);
    return sql.toString();
  }

  static String createEnum(String name, List<String> labels) {
    return "CREATE TYPE "
        + name
        + " AS ENUM ("
        + labels.stream().map(l -> "'" + l + "'").collect(Collectors.joining(", "))
        + ");";
  }

  /** The trigger function that keeps {@code updated_at} current. */
  static String triggerFunction(String create) {
    return create
        + " FUNCTION "
        + TierSchema.TRIGGER_FUNCTION
        + "() RETURNS trigger\n    LANGUAGE plpgsql\nAS $$\nBEGIN\n"
        + "    NEW.updated_at := now();\n    RETURN NEW;\nEND;\n$$;\n";
  }

  static String createTrigger(TierSchema.Trigger trigger) {
    return "CREATE TRIGGER "
        + trigger.name()
        + "\n    BEFORE UPDATE ON "
        + trigger.table()
        + "\n    FOR EACH ROW EXECUTE FUNCTION "
        + TierSchema.TRIGGER_FUNCTION
        + "();";
  }

  private static String createTable(Table table, List<TierSchema.Trigger> triggers, int version) {
    StringBuilder sql = new StringBuilder("CREATE TABLE ").append(table.name()).append(" (\n");
    sql.append(
        body(
            table.columns().stream().filter(c -> c.since() <= version).toList(),
            table.constraints().stream().filter(c -> c.since() <= version).toList()));
    sql.append(");\n");
    if (table.comment() != null) {
      sql.append(comment(table)).append('\n');
    }
    for (Index index : table.indexes()) {
      if (index.since() <= version) {
        sql.append(index.sql(false)).append('\n');
      }
    }
    for (TierSchema.Trigger t : triggers) {
      if (t.table().equals(table.name()) && t.since() <= version) {
        sql.append(createTrigger(t)).append('\n');
      }
    }
    return sql.toString();
  }

  /** The lines between the parentheses of a {@code CREATE TABLE}. */
  static String body(List<Column> columns, List<Constraint> constraints) {
    return columns.stream().map(Column::sql).map(s -> "    " + s).collect(Collectors.joining(",\n"))
        + constraints.stream().map(c -> ",\n    " + c.clause()).collect(Collectors.joining())
        + "\n";
  }

  static String comment(Table table) {
    return "COMMENT ON TABLE " + table.name() + " IS '" + table.comment() + "';";
  }

  private static void appendDefinitions(StringBuilder sql, List<Definition> all, int version) {
    for (Definition d : all) {
      Optional<Definition.Version> v = d.at(version);
      v.ifPresent(x -> sql.append("CREATE ").append(x.sql()).append("\n\n"));
    }
  }
}
