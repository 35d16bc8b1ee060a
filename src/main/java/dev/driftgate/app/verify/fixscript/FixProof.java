package dev.driftgate.app.verify.fixscript;

import dev.driftgate.catalog.CatalogReader;
import dev.driftgate.diff.CatalogDiff;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.migrate.Limits;
import dev.driftgate.migrate.OnBehalf;
import dev.driftgate.migrate.ScriptExecutor;
import dev.driftgate.migrate.SqlFailure;
import dev.driftgate.migrate.StatementJournal;
import dev.driftgate.model.Catalog;
import dev.driftgate.model.Provenance;
import dev.driftgate.postgres.ScratchDatabases;
import dev.driftgate.postgres.Sessions;
import dev.driftgate.sqlscript.Statement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The convergence proof of a fix script: a tier's section runs, in one session, on a copy of the
 * database it fixes; the copy is then compared again with the database the fixes aim at.
 * Differences in column order are left out: no {@code ALTER TABLE} can reorder columns.
 */
public final class FixProof {
  private static final int NAMED = 5;

  private final ScratchDatabases databases;
  private final Limits limits;

  public FixProof(ScratchDatabases databases, Limits limits) {
    this.databases = databases;
    this.limits = limits;
  }

  /**
   * What proving the tier's section found.
   *
   * @param converged whether every statement ran and no difference but column order is left
   * @param message one line for the report
   */
  public record Result(String tier, boolean converged, String message) {}

  /**
   * @param database the built database the fixes change (it must have no open connections)
   * @param fixed the side the fixes change, whose catalog is replaced by the copy's
   * @param target the side the fixes aim at
   */
  public Result prove(
      FixScript script,
      String file,
      String tier,
      String database,
      CatalogDiff.Side fixed,
      CatalogDiff.Side target)
      throws SQLException {
    List<Statement> statements = script.statements(tier, file);
    String copy = databases.cloneOf(database, tier + "_fixed");
    try (Sessions sessions = databases.sessions(copy)) {
      ScriptExecutor executor =
          new ScriptExecutor(new StatementJournal(), OnBehalf.of(databases, copy), limits);
      Optional<SqlFailure> failure = executor.runAutocommit(sessions.fresh(), statements);
      if (failure.isPresent()) {
        SqlFailure f = failure.get();
        return new Result(
            tier,
            false,
            prefix(tier)
                + "the statement at "
                + f.location()
                + " fails: "
                + f.message()
                + " (SQLSTATE "
                + f.sqlState()
                + ")");
      }
      Catalog after = CatalogReader.read(sessions.fresh());
      List<Finding> left =
          CatalogDiff.compare(
                  tier, new CatalogDiff.Side(fixed.source(), after, Provenance.NONE), target)
              .stream()
              .filter(f -> f.kind() != FindingKind.COLUMN_ORDER)
              .toList();
      return left.isEmpty()
          ? new Result(
              tier,
              true,
              prefix(tier)
                  + count(statements.size())
                  + " applied to a copy of the database, which then differs from the"
                  + " other in nothing but column order")
          : new Result(tier, false, prefix(tier) + remaining(statements.size(), left));
    } finally {
      databases.drop(copy);
    }
  }

  private static String count(int statements) {
    return statements + (statements == 1 ? " statement" : " statements");
  }

  private static String prefix(String tier) {
    return "fix script, tier " + tier + ": ";
  }

  private static String remaining(int statements, List<Finding> left) {
    String named =
        left.stream()
            .limit(NAMED)
            .map(f -> f.kind().id() + " " + f.object())
            .collect(Collectors.joining(", "));
    return count(statements)
        + " applied, "
        + left.size()
        + " differences remain: "
        + named
        + (left.size() > NAMED ? ", ..." : "");
  }
}
