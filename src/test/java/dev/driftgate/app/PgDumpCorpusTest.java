package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.app.verify.Verify;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Severity;
import dev.driftgate.diff.Source;
import dev.driftgate.report.Report;
import dev.driftgate.testing.Projects;
import dev.driftgate.testing.TestPostgres;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pg_dump corpus ({@code src/test/resources/pgdump}, see its README): real-sized projects whose
 * canonical script, baseline, or both are {@code pg_dump} output, verified as psql builds them
 * (SPEC §7: each file in a fresh session, so the dump's empty {@code search_path} reaches no other
 * file; {@code \restrict} accepted; {@code DEFAULT NULL} equal to no default). Each form must
 * verify clean; a migration added to it that the dump does not reflect is blamed to its {@code
 * file:line} and the setup side's; a migration that cannot run twice is reported as such, at its
 * line.
 */
class PgDumpCorpusTest {
  static final Path CORPUS = Paths.get("src/test/resources/pgdump");

  @TempDir Path dir;

  /** Where a dump replaces the hand-written script. */
  enum Form {
    /** No dump: the project as written by hand, the control that shows what the dumps add. */
    SOURCE,
    /** The dump is {@code setup_databases.sql}; the baselines are the hand-written ones. */
    SETUP,
    /** The dumps of the baselines replace them; the canonical script is the hand-written one. */
    BASELINE,
    /** Both. */
    BOTH,
    /** {@code setup_databases.sql} is a plain dump with rows ({@code COPY ... FROM stdin}). */
    SETUP_WITH_DATA
  }

  /**
   * One project of the corpus in one form: {@code dumps} names the pg_dump version's directory
   * ({@code pg15}).
   */
  record Case(String project, String dumps, Form form) {
    Path root() {
      return CORPUS.resolve(project);
    }

    @Override
    public String toString() {
      String name = form.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
      return project + (dumps.isEmpty() ? "" : " " + dumps) + " " + name;
    }
  }

  static Stream<Case> corpus() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (Path project : sorted(CORPUS)) {
      if (!Files.isDirectory(project.resolve("source"))) {
        continue;
      }
      for (Path dumps : sorted(project)) {
        if (!dumps.getFileName().toString().matches("pg\\d+")) {
          continue;
        }
        String name = project.getFileName().toString();
        String version = dumps.getFileName().toString();
        if (cases.stream().noneMatch(c -> c.project().equals(name))) {
          cases.add(new Case(name, "", Form.SOURCE));
        }
        for (Form form : List.of(Form.SETUP, Form.BASELINE, Form.BOTH)) {
          cases.add(new Case(name, version, form));
        }
        if (Files.isRegularFile(dumps.resolve("setup_databases.data.sql"))) {
          cases.add(new Case(name, version, Form.SETUP_WITH_DATA));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void verifiesClean(Case c) {
    Report report = new Verify(TestPostgres::server).run(project(c));

    assertThat(problems(report)).as(describe(report)).isEmpty();
    assertThat(report.status()).as(describe(report)).isEqualTo(Report.Status.CLEAN);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void blamesAMigrationTheDumpDoesNotReflect(Case c) {
    Planted planted = plant(c, "corpus_drift", "ADD COLUMN IF NOT EXISTS corpus_note text");
    Report report = planted.report();
    Target target = planted.target();

    String column = target.qualified() + ".corpus_note";
    assertThat(problems(report))
        .as(describe(report))
        .extracting(PgDumpCorpusTest::describe)
        .containsExactly("error column.missing " + column);
    Finding f = problems(report).get(0);
    assertThat(f.tier()).isEqualTo(target.tier());
    assertThat(f.left()).isEqualTo(Source.SETUP);
    assertThat(f.rightLocation()).isEqualTo("migrations/corpus_drift.sql:" + planted.line());
    assertThat(f.leftLocation()).as("the table's place in the setup script").isNotNull();
    assertThat(statementAt(planted.project(), f.leftLocation()))
        .as("the setup script at " + f.leftLocation())
        .contains(target.unqualifiedName());
    assertThat(report.findings())
        .as("besides the drift, only the fresh-install probe's note on the same column")
        .filteredOn(x -> x.severity() == Severity.INFO)
        .allMatch(x -> x.kind() == FindingKind.MIGRATION_CHANGES_FRESH_INSTALL);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void reportsAMigrationThatCannotRunTwice(Case c) {
    Planted planted = plant(c, "corpus_not_idempotent", "ADD COLUMN corpus_flag integer");
    Report report = planted.report();

    assertThat(problems(report))
        .as(describe(report))
        .extracting(PgDumpCorpusTest::describe)
        .containsExactlyInAnyOrder(
            "error column.missing " + planted.target().qualified() + ".corpus_flag",
            "error migration.not_idempotent corpus_not_idempotent");
    Finding f =
        problems(report).stream()
            .filter(x -> x.kind() == FindingKind.MIGRATION_NOT_IDEMPOTENT)
            .findFirst()
            .orElseThrow();
    assertThat(f.location()).isEqualTo("migrations/corpus_not_idempotent.sql:" + planted.line());
    assertThat(f.message()).contains("already exists");
  }

  /**
   * Where the test plants its migrations ({@code corpus.properties} of the project): a table both
   * the baseline and the canonical script create.
   */
  record Target(String tier, String table, boolean explicitTier) {
    static Target of(Case c) {
      Properties p = new Properties();
      try (Reader in =
          Files.newBufferedReader(c.root().resolve("corpus.properties"), StandardCharsets.UTF_8)) {
        p.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String tier = p.getProperty("tier");
      return new Target(tier, p.getProperty("table"), !tier.equals("default"));
    }

    String qualified() {
      return table.contains(".") ? table : "public." + table;
    }

    String unqualifiedName() {
      return table.substring(table.indexOf('.') + 1);
    }
  }

  /** A project with a planted migration, verified: the statement's line and the report. */
  record Planted(Path project, Target target, int line, Report report) {}

  /**
   * The case's project with one more migration, {@code ALTER TABLE <target table> <action>;},
   * verified.
   */
  private Planted plant(Case c, String name, String action) {
    Path project = project(c);
    Target target = Target.of(c);
    int line =
        addMigration(project, target, name, "ALTER TABLE " + target.table() + " " + action + ";");
    return new Planted(project, target, line, new Verify(TestPostgres::server).run(project));
  }

  /** The project in the case's form, in a fresh directory. */
  private Path project(Case c) {
    Path project = dir.resolve("project");
    Path source = c.root().resolve("source");
    Path dumps = c.root().resolve(c.dumps());
    Projects.copyTree(source.resolve("migrations"), project.resolve("migrations"));
    Projects.copyTree(
        source.resolve("setup_databases.sql"), project.resolve("setup_databases.sql"));
    if (c.form() == Form.SETUP || c.form() == Form.BOTH) {
      replace(dumps.resolve("setup_databases.sql"), project.resolve("setup_databases.sql"));
    }
    if (c.form() == Form.SETUP_WITH_DATA) {
      replace(dumps.resolve("setup_databases.data.sql"), project.resolve("setup_databases.sql"));
    }
    if (c.form() == Form.BASELINE || c.form() == Form.BOTH) {
      for (Path baseline : sorted(dumps.resolve("baseline"))) {
        Path target = project.resolve("migrations/baseline").resolve(baseline.getFileName());
        assertThat(target).as("the dump replaces a baseline of the project").exists();
        replace(baseline, target);
      }
    }
    return project;
  }

  /** Adds a migration of one statement to the end of the manifest; returns the statement's line. */
  private static int addMigration(Path project, Target target, String name, String statement) {
    String sql = "-- " + name + ": planted by PgDumpCorpusTest\n\n" + statement + "\n";
    String entry =
        "  - name: "
            + name
            + "\n"
            + (target.explicitTier() ? "    target: " + target.tier() + "\n" : "")
            + "    description: planted by PgDumpCorpusTest\n";
    try {
      Files.writeString(project.resolve("migrations/" + name + ".sql"), sql);
      Files.writeString(
          project.resolve("migrations/manifest.yaml"), entry, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sql.lines().toList().indexOf(statement) + 1;
  }

  /** Every finding a clean project must not have: errors and warnings. */
  private static List<Finding> problems(Report report) {
    return report.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
  }

  private static String describe(Finding f) {
    return f.severity().id() + " " + f.kind().id() + " " + f.object();
  }

  /** Every finding with both locations and its message, for failure messages. */
  private static String describe(Report report) {
    return report.findings().stream()
        .map(
            f ->
                describe(f)
                    + " ["
                    + f.leftLocation()
                    + " | "
                    + f.rightLocation()
                    + "] "
                    + f.message())
        .collect(Collectors.joining("\n  ", "findings:\n  ", ""));
  }

  /** The line {@code path:line} names in the project, and the lines after it up to a ';'. */
  private static String statementAt(Path project, String location) {
    int colon = location.lastIndexOf(':');
    List<String> lines = readLines(project.resolve(location.substring(0, colon)));
    StringBuilder statement = new StringBuilder();
    for (int i = Integer.parseInt(location.substring(colon + 1)) - 1; i < lines.size(); i++) {
      statement.append(lines.get(i)).append('\n');
      if (lines.get(i).contains(";")) {
        break;
      }
    }
    return statement.toString();
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void replace(Path from, Path to) {
    try {
      Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> sorted(Path dir) {
    try (Stream<Path> paths = Files.list(dir)) {
      return paths.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
