package dev.driftgate.migrate;

import dev.driftgate.sqlscript.Statement;
import dev.driftgate.sqlscript.StatementKind;
import java.util.List;
import java.util.Optional;

/**
 * The one shape of migration the runner refuses: a statement PostgreSQL will not run in a
 * transaction block ({@code CREATE INDEX CONCURRENTLY}, {@code VACUUM}, ...) together with other
 * statements. The runner must commit before such a statement, so if it failed, what the migration
 * did before it would stay applied and the ledger would not say so: a database half-way through a
 * migration. Flyway refuses the same mix by default. A migration of one such statement is fine: it
 * either ran or it did not. Session settings ({@code SET lock_timeout ...}, {@code RESET}) may
 * stand beside it, since they change nothing a failure could leave behind; {@code BEGIN} and {@code
 * COMMIT} are ignored by the runner anyway.
 */
final class MixedTransactions {
  /**
   * PostgreSQL's own SQLSTATE for "cannot run inside a transaction block", which the statement
   * would get in the migration's transaction.
   */
  static final String SQLSTATE = "25001";

  /**
   * A refused migration.
   *
   * @param outside the first statement that must run outside a transaction
   * @param other a statement that makes the mix: another one of its kind, or a transactional one
   */
  record Mix(Statement outside, Statement other) {
    /** What is wrong, from the point of view of {@code outside}. */
    String problem() {
      return words(outside)
          + " cannot run in a transaction, and the migration also has "
          + words(other)
          + " (line "
          + other.location().line()
          + "): if one of them failed, the other would stay applied, so the runner refuses"
          + " the mix";
    }

    String fix() {
      return "put " + words(outside) + " in a migration of its own";
    }

    SqlFailure failure() {
      return new SqlFailure(outside.location(), SQLSTATE, problem() + "; " + fix());
    }
  }

  private MixedTransactions() {}

  /** The mix in these statements of one migration, or empty if the runner can apply them. */
  static Optional<Mix> of(List<Statement> statements) {
    Statement outside =
        statements.stream()
            .filter(s -> s.kind() == StatementKind.NO_TRANSACTION)
            .findFirst()
            .orElse(null);
    if (outside == null) {
      return Optional.empty();
    }
    return statements.stream()
        .filter(s -> s != outside && !harmless(s))
        .findFirst()
        .map(other -> new Mix(outside, other));
  }

  private static boolean harmless(Statement s) {
    if (s.kind() == StatementKind.TRANSACTION_CONTROL) {
      return true;
    }
    List<String> words = s.leadingWords(2);
    String first = words.isEmpty() ? "" : words.get(0);
    boolean transactionSetting = words.size() > 1 && words.get(1).equals("TRANSACTION");
    return s.kind() == StatementKind.TRANSACTIONAL
        && (first.equals("SET") || first.equals("RESET"))
        && !transactionSetting;
  }

  /** How messages name a statement: its command, up to CONCURRENTLY if it has it. */
  static String words(Statement s) {
    List<String> words = s.leadingWords(4);
    int concurrently = words.indexOf("CONCURRENTLY");
    List<String> command =
        concurrently >= 0
            ? words.subList(0, concurrently + 1)
            : words.subList(0, Math.min(2, words.size()));
    return command.isEmpty() ? "a statement" : String.join(" ", command);
  }
}
