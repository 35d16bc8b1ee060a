package dev.driftgate.app.verify.fixscript;

import dev.driftgate.sqlscript.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The steps of a fix script, in the order they run: first every drop, dependents before what they
 * depend on (triggers and views before the functions and tables they use, foreign keys before the
 * keys they reference) — but for types, extensions and schemas, which go only after columns have
 * changed to their new types; then every creation, what others need first (schemas, extensions,
 * types, sequences and functions before the tables whose defaults and checks use them; keys and
 * indexes before the foreign keys that need them; tables before views; comments and privileges
 * last). A rewrite runs as one step, a type's once types exist, a table's once what its columns
 * need exists. Each phase lists the leading tokens of its statements; the longest pattern that
 * matches wins.
 */
enum FixPhase {
  DROP_DEPENDENT(
      "DROP POLICY",
      "DROP RULE",
      "DROP TRIGGER",
      "DROP STATISTICS",
      "ALTER TABLE <name> DETACH PARTITION"),
  DROP_VIEW("DROP VIEW", "DROP MATERIALIZED VIEW"),
  DROP_CONSTRAINT("ALTER TABLE <name> DROP CONSTRAINT"),
  DROP_INDEX("DROP INDEX"),
  DROP_COLUMN(
      "ALTER TABLE <name> DROP COLUMN",
      "ALTER TABLE <name> ALTER COLUMN <name> DROP DEFAULT",
      "ALTER TABLE <name> ALTER COLUMN <name> DROP IDENTITY",
      "ALTER TABLE <name> ALTER COLUMN <name> DROP EXPRESSION"),
  DROP_TABLE("DROP TABLE"),
  DROP_ROUTINE("DROP FUNCTION", "DROP PROCEDURE", "DROP AGGREGATE"),
  DROP_SEQUENCE("DROP SEQUENCE"),
  // a column changed to a built-in type leaves its old type before that type goes (see of())
  ALTER_COLUMN_TO_BUILT_IN_TYPE(),
  DROP_TYPE("DROP DOMAIN", "DROP TYPE"),
  DROP_EXTENSION("DROP EXTENSION"),
  DROP_SCHEMA("DROP SCHEMA"),
  CREATE_SCHEMA("CREATE SCHEMA", "ALTER SCHEMA"),
  CREATE_EXTENSION("CREATE EXTENSION", "ALTER EXTENSION"),
  CREATE_TYPE("CREATE TYPE", "ALTER TYPE", "CREATE DOMAIN", "ALTER DOMAIN"),
  // a type made again with its columns moved to it (see rewriteOf()), once other types exist
  REWRITE_TYPE(),
  // a column changed to a type of the schema takes it once it exists
  ALTER_COLUMN_TYPE(
      "ALTER TABLE <name> ALTER COLUMN <name> TYPE",
      "ALTER TABLE <name> ALTER COLUMN <name> SET DATA TYPE"),
  CREATE_SEQUENCE("CREATE SEQUENCE"),
  CREATE_ROUTINE(
      "CREATE FUNCTION",
      "CREATE PROCEDURE",
      "CREATE AGGREGATE",
      "CREATE OR REPLACE FUNCTION",
      "CREATE OR REPLACE PROCEDURE",
      "CREATE OR REPLACE AGGREGATE",
      "ALTER FUNCTION",
      "ALTER PROCEDURE",
      "ALTER AGGREGATE"),
  // a table made again with its rows moved over, where its columns' types, sequences and functions
  // exist and before the tables that may be its partitions or reference it
  REWRITE_TABLE(),
  CREATE_TABLE("CREATE TABLE", "CREATE UNLOGGED TABLE"),
  ALTER_TABLE("ALTER TABLE", "ALTER TABLE <name> ATTACH PARTITION"),
  // OWNED BY names a column, so the table comes first
  ALTER_SEQUENCE("ALTER SEQUENCE"),
  ADD_KEY("ALTER TABLE <name> ADD CONSTRAINT"),
  CREATE_INDEX("CREATE INDEX", "CREATE UNIQUE INDEX", "ALTER INDEX"),
  // a foreign key needs a unique constraint or unique index on the columns it references
  ADD_FOREIGN_KEY(
      "ALTER TABLE <name> ADD CONSTRAINT <name> FOREIGN KEY",
      "ALTER TABLE <name> VALIDATE CONSTRAINT"),
  // USING INDEX names an index
  REPLICA_IDENTITY("ALTER TABLE <name> REPLICA IDENTITY"),
  CREATE_VIEW(
      "CREATE VIEW",
      "CREATE OR REPLACE VIEW",
      "CREATE MATERIALIZED VIEW",
      "ALTER VIEW",
      "ALTER MATERIALIZED VIEW"),
  // the indexes of a materialized view the same fix creates (see FixStatement)
  VIEW_INDEX(),
  CREATE_STATISTICS("CREATE STATISTICS", "ALTER STATISTICS"),
  CREATE_TRIGGER(
      "CREATE TRIGGER",
      "CREATE OR REPLACE TRIGGER",
      "CREATE CONSTRAINT TRIGGER",
      "ALTER TRIGGER",
      "ALTER TABLE <name> ENABLE TRIGGER",
      "ALTER TABLE <name> DISABLE TRIGGER"),
  CREATE_POLICY("CREATE POLICY", "ALTER POLICY"),
  CREATE_RULE(
      "CREATE RULE",
      "CREATE OR REPLACE RULE",
      "ALTER RULE",
      "ALTER TABLE <name> ENABLE RULE",
      "ALTER TABLE <name> DISABLE RULE"),
  COMMENT("COMMENT ON"),
  PRIVILEGE("GRANT", "REVOKE", "ALTER DEFAULT PRIVILEGES"),
  // a statement no phase knows runs last, where everything it could need exists
  OTHER();

  private final List<TokenPattern> patterns;

  FixPhase(String... patterns) {
    this.patterns = Arrays.stream(patterns).map(TokenPattern::of).toList();
  }

  /** Whether the phase runs rewrites, whose statements keep the order their fix wrote them in. */
  boolean rewrites() {
    return this == REWRITE_TYPE || this == REWRITE_TABLE;
  }

  /**
   * The phase of a rewrite ({@link dev.driftgate.diff.Fix.Sql#rewrite}), from its first
   * statement's: a type's rewrite begins with {@code ALTER TYPE}, a table's otherwise.
   */
  static FixPhase rewriteOf(Statement first) {
    return of(first) == CREATE_TYPE ? REWRITE_TYPE : REWRITE_TABLE;
  }

  /** Whether the phase removes things: its statements run dependents first. */
  boolean drops() {
    return name().startsWith("DROP_");
  }

  static FixPhase of(Statement statement) {
    List<String> tokens = statement.tokens(12);
    FixPhase best = OTHER;
    int longest = 0;
    for (FixPhase phase : values()) {
      int length =
          phase.patterns.stream()
              .filter(p -> p.matches(tokens))
              .map(TokenPattern::length)
              .max(Comparator.naturalOrder())
              .orElse(0);
      if (length > longest) {
        best = phase;
        longest = length;
      }
    }
    return best == ALTER_COLUMN_TYPE && builtInTarget(tokens)
        ? ALTER_COLUMN_TO_BUILT_IN_TYPE
        : best;
  }

  /** The built-in types a column may change to (a type of the schema may be created first). */
  private static final java.util.Set<String> BUILT_IN =
      java.util.Set.of(
          "TEXT",
          "VARCHAR",
          "CHARACTER",
          "CHAR",
          "BPCHAR",
          "INTEGER",
          "INT",
          "INT2",
          "INT4",
          "INT8",
          "SMALLINT",
          "BIGINT",
          "NUMERIC",
          "DECIMAL",
          "REAL",
          "DOUBLE",
          "FLOAT4",
          "FLOAT8",
          "BOOLEAN",
          "BOOL",
          "DATE",
          "TIME",
          "TIMESTAMP",
          "TIMESTAMPTZ",
          "TIMETZ",
          "INTERVAL",
          "UUID",
          "JSON",
          "JSONB",
          "BYTEA",
          "INET",
          "CIDR",
          "MACADDR",
          "MONEY",
          "XML",
          "BIT",
          "VARBIT",
          "TSVECTOR",
          "TSQUERY",
          "OID",
          "NAME",
          "PG_CATALOG");

  private static boolean builtInTarget(List<String> tokens) {
    int type = tokens.lastIndexOf("TYPE");
    return type >= 0 && type + 1 < tokens.size() && BUILT_IN.contains(tokens.get(type + 1));
  }
}
