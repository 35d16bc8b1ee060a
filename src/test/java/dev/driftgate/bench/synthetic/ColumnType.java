package dev.driftgate.bench.synthetic;

/** A column's SQL type, with what the entity writer needs to map it. */
record ColumnType(Kind kind, int length, int precision, int scale, String enumName) {

  /** The types a synthetic table uses. */
  enum Kind {
    BIGINT,
    INTEGER,
    UUID,
    VARCHAR,
    TEXT,
    NUMERIC,
    BOOLEAN,
    DATE,
    TIMESTAMPTZ,
    JSONB,
    ENUM
  }

  static ColumnType of(Kind kind) {
    return new ColumnType(kind, 0, 0, 0, null);
  }

  static ColumnType varchar(int length) {
    return new ColumnType(Kind.VARCHAR, length, 0, 0, null);
  }

  static ColumnType numeric(int precision, int scale) {
    return new ColumnType(Kind.NUMERIC, 0, precision, scale, null);
  }

  static ColumnType enumType(String name) {
    return new ColumnType(Kind.ENUM, 0, 0, 0, name);
  }

  String sql() {
    return switch (kind) {
      case BIGINT -> "bigint";
      case INTEGER -> "integer";
      case UUID -> "uuid";
      case VARCHAR -> "varchar(" + length + ")";
      case TEXT -> "text";
      case NUMERIC -> "numeric(" + precision + "," + scale + ")";
      case BOOLEAN -> "boolean";
      case DATE -> "date";
      case TIMESTAMPTZ -> "timestamptz";
      case JSONB -> "jsonb";
      case ENUM -> enumName;
    };
  }
}
