package dev.driftgate.bench.synthetic;

/**
 * A column as {@code CREATE TABLE} and {@code ADD COLUMN} spell it.
 *
 * @param identity {@code ALWAYS} or {@code BY DEFAULT} for an identity column, else null
 * @param since the migration that added it (0: the baseline)
 */
record Column(
    String name, ColumnType type, boolean notNull, String defaultSql, String identity, int since) {

  static Column of(String name, ColumnType type, boolean notNull, String defaultSql, int since) {
    return new Column(name, type, notNull, defaultSql, null, since);
  }

  String sql() {
    StringBuilder sql = new StringBuilder(name).append(' ').append(type.sql());
    if (identity != null) {
      sql.append(" GENERATED ").append(identity).append(" AS IDENTITY");
    } else if (notNull) {
      sql.append(" NOT NULL");
    }
    if (defaultSql != null) {
      sql.append(" DEFAULT ").append(defaultSql);
    }
    return sql.toString();
  }

  /** Whether the database assigns it from a sequence ({@code DEFAULT nextval(...)}). */
  boolean fromSequence() {
    return defaultSql != null && defaultSql.startsWith("nextval(");
  }
}
