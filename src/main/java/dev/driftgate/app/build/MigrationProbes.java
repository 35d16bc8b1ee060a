package dev.driftgate.app.build;

import dev.driftgate.catalog.CatalogReader;
import dev.driftgate.catalog.DdlLog;
import dev.driftgate.catalog.ObjectChanges;
import dev.driftgate.diff.CatalogDiff;
import dev.driftgate.diff.Equivalence;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Source;
import dev.driftgate.migrate.MigrationRunner;
import dev.driftgate.migrate.MigrationScript;
import dev.driftgate.migrate.SqlFailure;
import dev.driftgate.migrate.StatementJournal;
import dev.driftgate.model.Catalog;
import dev.driftgate.model.Provenance;
import dev.driftgate.postgres.Sessions;
import dev.driftgate.sqlscript.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Asks a database "would applying this migration now change anything?" (SPEC §7.4 and §7.5): the
 * migration runs again in a transaction that is rolled back, and the database is compared before
 * and after with the same model and rules as the setup/migrations diff, so a probe sees exactly
 * what the diff sees: an index's predicate or method, a partition's bounds, and not a default
 * respelled. The catalog fingerprint keeps it cheap: the DDL log names the objects the migration
 * touched, and only when one of their descriptions changed is the whole model read, in a second run
 * of the probe.
 */
public final class MigrationProbes {
  /** Hints for the failures a second run of a non-idempotent statement typically hits. */
  private static final Map<String, String> HINTS =
      Map.of(
          "42P07", "use CREATE TABLE/INDEX/SEQUENCE ... IF NOT EXISTS",
          "42701", "use ALTER TABLE ... ADD COLUMN IF NOT EXISTS",
          "42710", "guard it in a DO block that checks pg_constraint, pg_type or pg_trigger first",
          "42P06", "use CREATE SCHEMA IF NOT EXISTS",
          "42723", "use CREATE OR REPLACE FUNCTION",
          "42704", "use DROP ... IF EXISTS, or check that the object exists first",
          "42703", "check that the column exists before using it (information_schema.columns)",
          "42P01", "check that the table exists before using it (to_regclass)",
          "23505", "make the insert idempotent: INSERT ... ON CONFLICT DO NOTHING");

  private final MigrationRunner runner;
  private final StatementJournal journal;
  private final String tier;

  MigrationProbes(MigrationRunner runner, StatementJournal journal, String tier) {
    this.runner = runner;
    this.journal = journal;
    this.tier = tier;
  }

  /**
   * What a probe found: a finding, and the objects the migration changed (in the names findings
   * use), so that a change already explained by another finding can be recognised as its
   * consequence.
   */
  public record Probed(Finding finding, List<Set<String>> changedObjects) {}

  /** The database's model as it is before a probe runs; read only when a probe needs it. */
  @FunctionalInterface
  interface Before {
    Catalog read() throws SQLException;
  }

  /**
   * Probes a migration right after it was applied: a second application must succeed and change
   * nothing.
   */
  Optional<Probed> secondApplication(Sessions sessions, MigrationScript m) throws SQLException {
    Before before = () -> CatalogReader.read(sessions.fresh());
    return probe(
        sessions,
        m,
        before,
        FindingKind.MIGRATION_NOT_IDEMPOTENT,
        Source.MIGRATIONS,
        "applied a second time");
  }

  /**
   * Probes a migration on a database built from the canonical script, as production upgrades a
   * fresh install; {@code setup} is that database's model (probes roll back, so it stays true).
   */
  Optional<Probed> onFreshInstall(Sessions sessions, MigrationScript m, Catalog setup)
      throws SQLException {
    String when = "on a fresh install from setup_databases.sql";
    return probe(
        sessions, m, () -> setup, FindingKind.MIGRATION_CHANGES_FRESH_INSTALL, Source.SETUP, when);
  }

  private Optional<Probed> probe(
      Sessions sessions,
      MigrationScript m,
      Before before,
      FindingKind kind,
      Source source,
      String when)
      throws SQLException {
    Connection c = sessions.fresh();
    long position = ObjectChanges.position(c);
    MigrationRunner.Probe<List<ObjectChanges.Touched>> probe =
        runner.probe(c, m, inside -> ObjectChanges.since(inside, position));
    if (probe.failure().isPresent()) {
      return Optional.of(
          new Probed(failed(m, kind, source, when, probe.failure().get()), List.of()));
    }
    List<ObjectChanges.Change> changes =
        ObjectChanges.before(sessions.fresh(), probe.inspected()).stream()
            .filter(MigrationProbes::mayHaveChanged)
            .toList();
    if (changes.isEmpty()) {
      return Optional.empty();
    }
    List<Finding> differences = modelChanges(sessions, m, before.read(), source);
    return differences.isEmpty()
        ? Optional.empty()
        : Optional.of(changed(m, kind, source, when, changes, differences));
  }

  /**
   * Whether a touched object's description changed enough to be worth reading the whole model for.
   * A routine re-created with a body that differs only in layout and comments (every {@code CREATE
   * OR REPLACE FUNCTION} of a migration written apart from the canonical script) is the same
   * routine under the diff's rules, so it needs no confirmation.
   */
  private static boolean mayHaveChanged(ObjectChanges.Change change) {
    String type = change.touched().objectType();
    String after = change.touched().description();
    boolean routine =
        type.equals("function") || type.equals("procedure") || type.equals("aggregate");
    return routine
        ? !Equivalence.sameBody(change.before(), after)
        : !Objects.equals(change.before(), after);
  }

  /**
   * Runs the probe again and compares the model inside it with the model before, under the rules of
   * the setup/migrations diff; each difference is located at the migration's statement that made
   * it.
   */
  private List<Finding> modelChanges(
      Sessions sessions, MigrationScript m, Catalog before, Source source) throws SQLException {
    MigrationRunner.Probe<CatalogDiff.Side> probe =
        runner.probe(
            sessions.fresh(),
            m,
            inside -> {
              Catalog after = CatalogReader.readInTransaction(inside);
              return new CatalogDiff.Side(
                  Source.MIGRATIONS, after, Blame.of(DdlLog.read(inside), journal, after));
            });
    if (probe.failure().isPresent()) {
      return List.of(); // the first run succeeded: a second that fails is not the migration's doing
    }
    return CatalogDiff.compare(
        tier, new CatalogDiff.Side(source, before, Provenance.NONE), probe.inspected());
  }

  /** The names findings may use for a changed object; an index is also a member of its table. */
  private static Set<String> names(ObjectChanges.Change change) {
    ObjectChanges.Touched t = change.touched();
    Set<String> names = new TreeSet<>();
    names.add(Blame.key(t.objectType(), t.identity()));
    if (t.owner() != null) {
      names.add(t.owner() + "." + t.address().names().get(t.address().names().size() - 1));
    }
    return names;
  }

  private Finding failed(
      MigrationScript m, FindingKind kind, Source source, String when, SqlFailure f) {
    String message =
        "migration "
            + m.name()
            + " "
            + when
            + " fails: "
            + f.message()
            + " (SQLSTATE "
            + f.sqlState()
            + ")";
    String hint =
        HINTS.getOrDefault(
            f.sqlState(),
            "make the statement at " + f.location() + " check whether its change is already there");
    return Finding.single(
        kind, tier, m.name(), source, f.location().toString(), message, Fix.none(hint));
  }

  private Probed changed(
      MigrationScript m,
      FindingKind kind,
      Source source,
      String when,
      List<ObjectChanges.Change> changes,
      List<Finding> differences) {
    String location =
        differences.stream()
            .map(Finding::rightLocation)
            .filter(Objects::nonNull)
            .findFirst()
            .orElseGet(() -> firstStatement(m, changes));
    String objects =
        differences.stream()
            .map(f -> f.object() + " (" + f.kind().id() + ")")
            .distinct()
            .collect(Collectors.joining(", "));
    List<Set<String>> keys =
        new java.util.ArrayList<>(changes.stream().map(MigrationProbes::names).toList());
    differences.forEach(f -> keys.add(Set.of(f.object())));
    Finding finding =
        Finding.single(
            kind,
            tier,
            m.name(),
            source,
            location,
            "migration " + m.name() + " " + when + " changes " + objects,
            Fix.none(
                "guard the statement at "
                    + location
                    + " so that it does nothing when its change is already there (IF NOT EXISTS, or a DO"
                    + " block that checks the catalog)"));
    return new Probed(finding, keys);
  }

  private String firstStatement(MigrationScript m, List<ObjectChanges.Change> changes) {
    Statement first = journal.get(changes.get(0).touched().statementId());
    return first == null ? m.file() : first.location().toString();
  }
}
