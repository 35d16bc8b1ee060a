package dev.driftgate.diff;

/**
 * The closed vocabulary of findings (SPEC §6). Ids are stable and part of the report contract; new
 * kinds may be added, existing ids never change.
 */
public enum FindingKind {
  // Declared in the order their fixes apply: what others depend on comes first.
  SCHEMA_MISSING("schema.missing"),
  EXTENSION_MISSING("extension.missing"),
  ENUM_MISSING("enum.missing"),
  ENUM_VALUES("enum.values"),
  DOMAIN_MISSING("domain.missing"),
  DOMAIN_MISMATCH("domain.mismatch"),
  // an identity column's own sequence may carry the name a standalone sequence needs
  COLUMN_IDENTITY("column.identity"),
  SEQUENCE_MISSING("sequence.missing"),
  SEQUENCE_MISMATCH("sequence.mismatch"),
  FUNCTION_MISSING("function.missing"),
  FUNCTION_MISMATCH("function.mismatch"),
  TABLE_MISSING("table.missing"),
  TABLE_MISMATCH("table.mismatch"),
  COLUMN_MISSING("column.missing"),
  COLUMN_TYPE("column.type"),
  COLUMN_COLLATION("column.collation"),
  COLUMN_DEFAULT("column.default"),
  COLUMN_NULLABLE("column.nullable"),
  COLUMN_GENERATED("column.generated"),
  COLUMN_ORDER("column.order", Severity.INFO),
  COLUMN_UNMAPPED("column.unmapped", Severity.INFO),
  COLUMN_UNMAPPED_REQUIRED("column.unmapped_required"),
  PRIMARY_KEY_MISMATCH("primary_key.mismatch"),
  UNIQUE_MISSING("unique.missing"),
  UNIQUE_MISMATCH("unique.mismatch"),
  EXCLUSION_MISSING("exclusion.missing"),
  EXCLUSION_MISMATCH("exclusion.mismatch"),
  CHECK_MISSING("check.missing"),
  CHECK_MISMATCH("check.mismatch"),
  FOREIGN_KEY_MISSING("foreign_key.missing"),
  FOREIGN_KEY_MISMATCH("foreign_key.mismatch"),
  INDEX_MISSING("index.missing"),
  INDEX_MISMATCH("index.mismatch"),
  STATISTICS_MISSING("statistics.missing"),
  STATISTICS_MISMATCH("statistics.mismatch"),
  VIEW_MISSING("view.missing"),
  VIEW_MISMATCH("view.mismatch"),
  // storage parameters and replica identity, of tables, indexes and materialized views
  TABLE_OPTIONS("table.options"),
  TRIGGER_MISSING("trigger.missing"),
  TRIGGER_MISMATCH("trigger.mismatch"),
  POLICY_MISSING("policy.missing"),
  POLICY_MISMATCH("policy.mismatch"),
  RULE_MISSING("rule.missing"),
  RULE_MISMATCH("rule.mismatch"),
  // after every object a grant can name, so that a fix grants on what the fixes before created
  PRIVILEGE_MISSING("privilege.missing"),
  PRIVILEGE_MISMATCH("privilege.mismatch"),
  COMMENT_MISMATCH("comment.mismatch", Severity.WARNING),
  SETUP_FAILED("setup.failed"),
  MIGRATION_FAILED("migration.failed"),
  MIGRATION_TIMEOUT("migration.timeout"),
  MIGRATION_NOT_IDEMPOTENT("migration.not_idempotent"),
  MIGRATION_CHANGES_FRESH_INSTALL("migration.changes_fresh_install"),
  MIGRATION_UNREGISTERED("migration.unregistered"),
  MIGRATION_FILE_MISSING("migration.file_missing"),
  MIGRATION_CHECKSUM("migration.checksum"),
  // audit: where a live database stands against its ledger
  DATABASE_UNREACHABLE("database.unreachable"),
  DATABASE_BEHIND("database.behind", Severity.WARNING),
  LEDGER_MISSING("ledger.missing"),
  LEDGER_MISMATCH("ledger.mismatch"),
  // measured by replaying the migrations over rows (verify --data)
  MIGRATION_FAILS_ON_DATA("migration.fails_on_data"),
  MIGRATION_REWRITES_TABLE("migration.rewrites_table", Severity.WARNING),
  MIGRATION_BLOCKS_WRITES("migration.blocks_writes", Severity.WARNING);

  private final String id;
  private final Severity severity;

  FindingKind(String id) {
    this(id, Severity.ERROR);
  }

  FindingKind(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  /** The stable dotted id, {@code <object>.<problem>}. */
  public String id() {
    return id;
  }

  /**
   * The severity a finding of this kind has unless a rule lowers it (a name-only difference, say).
   */
  public Severity defaultSeverity() {
    return severity;
  }

  public static FindingKind byId(String id) {
    for (FindingKind kind : values()) {
      if (kind.id.equals(id)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown finding kind " + id);
  }
}
