package dev.driftgate.bench.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.app.verify.Verify;
import dev.driftgate.diff.Severity;
import dev.driftgate.report.Report;
import dev.driftgate.testing.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's contract: drift-free projects, compilable entities, determinism, proportions. */
class SyntheticProjectTest {
  private static final SyntheticProject.Shape SMALL = new SyntheticProject.Shape(30, 6, 7, true);

  @Test
  void aSmallTwoTierProjectVerifiesDriftFree(@TempDir Path dir) throws IOException {
    SyntheticProject.write(SMALL, dir);

    Report report = new Verify(TestPostgres::server).run(dir);

    assertThat(report.findings())
        .filteredOn(f -> f.severity() != Severity.INFO)
        .extracting(f -> f.kind().id() + " " + f.object() + ": " + f.message())
        .isEmpty();
    assertThat(report.status()).isEqualTo(Report.Status.CLEAN);
    assertThat(report.checks()).allMatch(c -> c.skipped() == null, "no check is skipped");
    assertThat(report.checks())
        .extracting(c -> c.tier() + " " + c.check().id())
        .contains("master setup-vs-migrations", "tenant setup-vs-migrations");
  }

  @Test
  void entitiesCompileOnePackagePerTier(@TempDir Path dir, @TempDir Path classes)
      throws IOException {
    SyntheticProject.write(SMALL, dir);
    List<String> args =
        new ArrayList<>(
            List.of(
                "-proc:none",
                "-d",
                classes.toString(),
                "-cp",
                System.getProperty("java.class.path")));
    try (Stream<Path> files = Files.walk(dir.resolve("entities"))) {
      files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).forEach(args::add);
    }
    ByteArrayOutputStream errors = new ByteArrayOutputStream();

    int status =
        ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                null,
                new PrintStream(errors, true, StandardCharsets.UTF_8),
                args.toArray(String[]::new));

    assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(classes.resolve("dev/synthetic/master")).isDirectory();
    assertThat(classes.resolve("dev/synthetic/tenant")).isDirectory();
    assertThat(Files.readString(dir.resolve("migrations/manifest.yaml")))
        .contains("entities: dev.synthetic.master", "entities: dev.synthetic.tenant");
  }

  @Test
  void theSameSeedWritesTheSameFiles(@TempDir Path a, @TempDir Path b, @TempDir Path c)
      throws IOException {
    SyntheticProject.write(new SyntheticProject.Shape(100, 10, 42, true), a);
    SyntheticProject.write(new SyntheticProject.Shape(100, 10, 42, true), b);
    SyntheticProject.write(new SyntheticProject.Shape(100, 10, 43, true), c);

    assertThat(contents(b)).isEqualTo(contents(a));
    assertThat(contents(c)).isNotEqualTo(contents(a));
  }

  @Test
  void largeProjectsComeInProportion(@TempDir Path dir) throws IOException {
    Counts counts = SyntheticProject.write(new SyntheticProject.Shape(1000, 100, 1, true), dir);

    assertThat(counts.get("tables")).isEqualTo(1000);
    assertThat(counts.get("migrations")).isEqualTo(100);
    assertThat(counts.get("baseline tables")).isBetween(800, 990);
    assertThat(counts.get("columns")).isBetween(8 * 1000, 15 * 1000);
    assertThat(counts.get("foreign keys")).isBetween(1000, 3000);
    assertThat(counts.get("unique constraints")).isGreaterThanOrEqualTo(1000);
    assertThat(counts.get("check constraints")).isGreaterThanOrEqualTo(1000);
    assertThat(counts.get("partial indexes")).isPositive();
    assertThat(counts.get("multi-column indexes")).isPositive();
    assertThat(counts.get("views")).isBetween(45, 55);
    assertThat(counts.get("enum types")).isBetween(20, 22);
    assertThat(counts.get("triggers")).isBetween(100, 130);
    assertThat(counts.get("sequences")).isBetween(38, 42);
    try (Stream<Path> files = Files.list(dir.resolve("migrations"))) {
      assertThat(files.filter(f -> f.toString().endsWith(".sql"))).hasSize(100);
    }
  }

  @Test
  void anExtendedProjectVerifiesDriftFree(@TempDir Path dir) throws IOException {
    Counts counts = SyntheticProject.write(new SyntheticProject.Shape(30, 6, 7, true, true), dir);

    Report report = new Verify(TestPostgres::server).run(dir);

    assertThat(report.findings())
        .filteredOn(f -> f.severity() != Severity.INFO)
        .extracting(f -> f.kind().id() + " " + f.object() + ": " + f.message())
        .isEmpty();
    assertThat(counts.get("partitioned tables")).isEqualTo(2);
    assertThat(counts.get("partitions")).isEqualTo(26);
    assertThat(counts.get("expression indexes")).isPositive();
  }

  @Test
  void theExtendedShapeAddsIndexesAndPartitionsAndChangesNothingElse(
      @TempDir Path plain, @TempDir Path extended) throws IOException {
    Counts before = SyntheticProject.write(new SyntheticProject.Shape(200, 20, 5, true), plain);
    Counts after =
        SyntheticProject.write(new SyntheticProject.Shape(200, 20, 5, true, true), extended);

    for (String kind : List.of("tables", "columns", "foreign keys", "views", "enum types")) {
      assertThat(after.get(kind)).as(kind).isEqualTo(before.get(kind));
    }
    assertThat(before.get("partitioned tables")).isZero();
    assertThat(after.get("indexes")).isGreaterThanOrEqualTo(5 * 200);
    TierSchema tier =
        History.generate("app", "bench", "dev.x", 200, 20, new java.util.Random(3), true);
    assertThat(tier.tables).allMatch(t -> t.indexes().size() >= 5, "five indexes per table");
  }

  @Test
  void everyNameIsAPlainIdentifierUniqueInItsTable() {
    TierSchema tier = History.generate("app", "bench", "dev.x", 1000, 100, new java.util.Random(3));
    String identifier = "[a-z][a-z0-9_]{0,62}";

    for (Table table : tier.tables) {
      assertThat(table.name()).matches(identifier);
      List<String> columns = table.columns().stream().map(Column::name).toList();
      assertThat(columns)
          .allMatch(c -> c.matches(identifier), table.name())
          .doesNotHaveDuplicates();
      assertThat(table.constraints())
          .extracting(Constraint::name)
          .allMatch(n -> n.matches(identifier));
      assertThat(table.indexes()).extracting(Index::name).allMatch(n -> n.matches(identifier));
    }
    assertThat(tier.enums).extracting(EnumType::name).allMatch(n -> n.matches(identifier));
  }

  private static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readString(p));
      }
    }
    return files;
  }
}
