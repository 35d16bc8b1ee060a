package dev.driftgate.migrate;

import dev.driftgate.sqlscript.Statement;
import dev.driftgate.sqlscript.StatementKind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a statement runs inside a probe's transaction, which is always rolled back. Statements
 * PostgreSQL refuses to run in a transaction block either have a transactional form with the same
 * effect on the catalog ({@code CREATE INDEX CONCURRENTLY} is {@code CREATE INDEX}), or no effect
 * on it at all ({@code VACUUM}), or act outside the database ({@code CREATE DATABASE}); the last
 * two are left out of the probe.
 */
final class ProbeStatements {
  private static final Pattern CONCURRENT_INDEX =
      Pattern.compile(
          "(?is)^((?:CREATE\\s+(?:UNIQUE\\s+)?INDEX|DROP\\s+INDEX)\\s+)CONCURRENTLY\\s+");

  private ProbeStatements() {}

  static Optional<Statement> inTransaction(Statement statement) {
    if (statement.kind() == StatementKind.TRANSACTION_CONTROL) {
      return Optional.empty();
    }
    if (statement.kind() == StatementKind.TRANSACTIONAL) {
      return Optional.of(statement);
    }
    Matcher m = CONCURRENT_INDEX.matcher(statement.sql());
    if (m.find()) {
      String sql = m.group(1) + statement.sql().substring(m.end());
      return Optional.of(statement.rewritten(sql, StatementKind.TRANSACTIONAL));
    }
    return Optional.empty();
  }

  static List<Statement> of(List<Statement> statements) {
    return statements.stream()
        .map(ProbeStatements::inTransaction)
        .flatMap(Optional::stream)
        .toList();
  }
}
