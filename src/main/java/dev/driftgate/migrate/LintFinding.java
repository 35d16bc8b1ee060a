package dev.driftgate.migrate;

/**
 * One problem {@code lint} found in a migration: where, how bad, which rule, what and how to fix.
 *
 * @param location {@code path:line}
 * @param rule a stable id: {@code lint.not_idempotent}, {@code lint.mixed_transaction}, {@code
 *     lint.transaction_control}, {@code lint.depends_on_data}, {@code migration.unregistered},
 *     {@code migration.file_missing}
 */
public record LintFinding(
    String location, Severity severity, String rule, String message, String fix) {

  /** Errors fail the lint (exit 1); warnings are shown. */
  public enum Severity {
    ERROR,
    WARNING,
    /** A note that fails nothing: what {@code verify --data} would measure. */
    INFO
  }

  static LintFinding error(String location, String rule, String message, String fix) {
    return new LintFinding(location, Severity.ERROR, rule, message, fix);
  }

  static LintFinding info(String location, String rule, String message, String fix) {
    return new LintFinding(location, Severity.INFO, rule, message, fix);
  }

  static LintFinding warning(String location, String rule, String message, String fix) {
    return new LintFinding(location, Severity.WARNING, rule, message, fix);
  }
}
