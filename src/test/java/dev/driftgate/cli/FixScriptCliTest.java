package dev.driftgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.testing.Projects;
import dev.driftgate.testing.TestPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify --fix-script} as a user meets it: the script in a file or on stdout, a section per
 * tier with its {@code \c} line, the proof's verdict among the report's notes, and an exit code the
 * proof never changes.
 */
class FixScriptCliTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private static Run verify(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "verify";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--jdbc-url";
    all[args.length + 2] = TestPostgres.server().jdbcUrl("postgres");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(all, new PrintWriter(out), new PrintWriter(err), Terminal.PLAIN);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void writesASectionPerTierThatConverges() throws IOException {
    Path script = dir.resolve("out/fix.sql");

    Run run =
        verify("--project", zoo("149_tiers_drift_in_both"), "--fix-script", script.toString());

    assertThat(run.code()).isEqualTo(1);
    String text = Files.readString(script);
    assertThat(text)
        .contains("-- tier admin\n\\c app_admin\n")
        .contains("-- tier tenant\n\\c app\n")
        .contains("ALTER TABLE public.accounts ALTER COLUMN slug TYPE")
        .contains("ALTER TABLE public.items ALTER COLUMN name");
    assertThat(run.out())
        .contains("note: fix script, tier admin: 2 statements applied")
        .contains("note: fix script, tier tenant: 2 statements applied")
        .contains("differs from the other in nothing but column order");
  }

  @Test
  void dashWritesTheScriptToStdoutAndTheReportToStderr() {
    Run run = verify("--project", zoo("274_fix_partition_bound_differs"), "--fix-script", "-");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out())
        .startsWith("-- driftgate fix script")
        .contains(
            "ALTER TABLE public.\"Readings\" DETACH PARTITION public.\"Readings 2026\";\n"
                + "ALTER TABLE public.\"Readings\" ATTACH PARTITION public.\"Readings 2026\" FOR"
                + " VALUES FROM ('2026-01-01') TO ('2026-07-01');\n")
        .doesNotContain("FAIL");
    assertThat(run.err()).contains("table.mismatch").contains("nothing but column order");
  }

  @Test
  void aStatementThatFailsIsNamedByItsLineAndTheExitCodeStays() throws IOException {
    // a function takes the enum whose labels the fix reorders: the old type cannot be dropped
    Path project = dir.resolve("project");
    Projects.copyTree(Paths.get(zoo("008_enum_label_order_differs")), project);
    String function = " FUNCTION rate(m mood) RETURNS int LANGUAGE sql AS 'SELECT 1';\n";
    Path setup = project.resolve("setup_databases.sql");
    Files.writeString(setup, Files.readString(setup) + "CREATE" + function);
    Path migration = project.resolve("migrations/m1.sql");
    Files.writeString(migration, Files.readString(migration) + "CREATE OR REPLACE" + function);
    Path script = dir.resolve("fix.sql");

    Run run = verify("--project", project.toString(), "--fix-script", script.toString());

    assertThat(run.code()).isEqualTo(1);
    String[] lines = Files.readString(script).split("\n", -1);
    int line = java.util.Arrays.asList(lines).indexOf(dropOldType(lines)) + 1;
    assertThat(run.out())
        .contains(
            "note: fix script, tier default: the statement at "
                + script
                + ":"
                + line
                + " fails: cannot drop type mood__driftgate_old because other objects depend on it");
  }

  private static String dropOldType(String[] lines) {
    return java.util.Arrays.stream(lines)
        .filter(l -> l.startsWith("DROP TYPE") && l.contains("__driftgate_old"))
        .findFirst()
        .orElseThrow();
  }

  private static String zoo(String scenario) {
    return Paths.get("src/test/resources/zoo", scenario).toString();
  }
}
