package dev.driftgate.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.app.verify.Verify;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Fix;
import dev.driftgate.report.Report;
import dev.driftgate.testing.Projects;
import dev.driftgate.testing.TestPostgres;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A privilege difference as a user sees it: blamed on the GRANT or REVOKE that made it (inside a
 * {@code DO} block too), named by object and grantee, with a fix that quotes identifiers; both
 * builds create the same role and still work.
 */
class PrivilegeDriftTest {
  @TempDir Path dir;

  @Test
  void grantsAreBlamedOnTheirStatementsAndFixedWithQuotedNames() {
    Projects.write(
        dir,
        "setup_databases.sql",
        """
        CREATE ROLE "dg_Reporting" NOLOGIN;
        CREATE TABLE "Invoices" (id bigint PRIMARY KEY, "Total" numeric);

        GRANT SELECT ON "Invoices" TO "dg_Reporting";
        """);
    Projects.write(
        dir,
        "migrations/m1.sql",
        """
        CREATE ROLE "dg_Reporting" NOLOGIN;
        CREATE TABLE IF NOT EXISTS "Invoices" (id bigint PRIMARY KEY, "Total" numeric);
        GRANT SELECT,
          UPDATE ON "Invoices" TO "dg_Reporting";
        DO $$
        BEGIN
          GRANT UPDATE ("Total") ON "Invoices" TO "dg_Reporting";
        END $$;
        """);
    Projects.manifest(dir, "m1");

    Report report = new Verify(TestPostgres::server).run(dir);
    List<Finding> findings =
        report.findings().stream().sorted(Comparator.comparing(Finding::object)).toList();

    assertThat(findings)
        .extracting(Finding::kind)
        .containsExactly(FindingKind.PRIVILEGE_MISMATCH, FindingKind.PRIVILEGE_MISSING);
    Finding table = findings.get(0);
    assertThat(table.object()).isEqualTo("public.Invoices");
    assertThat(table.message())
        .isEqualTo(
            "public.Invoices: dg_Reporting holds SELECT in setup_databases.sql, SELECT, UPDATE in"
                + " the migrations");
    assertThat(table.leftLocation()).isEqualTo("setup_databases.sql:4");
    assertThat(table.rightLocation()).isEqualTo("migrations/m1.sql:4");
    assertThat(table.fix())
        .isEqualTo(new Fix.Sql("GRANT UPDATE ON TABLE public.\"Invoices\" TO \"dg_Reporting\";"));
    Finding column = findings.get(1);
    assertThat(column.object()).isEqualTo("public.Invoices.Total");
    assertThat(column.rightLocation()).isEqualTo("migrations/m1.sql:7");
    assertThat(column.fix())
        .isEqualTo(
            new Fix.Sql(
                "GRANT UPDATE (\"Total\") ON TABLE public.\"Invoices\" TO \"dg_Reporting\";"));
  }

  @Test
  void bothBuildsCreateTheSameRoleAlsoWhenScriptsAreTrusted() {
    String schema =
        """
        CREATE ROLE dg_trusted_app NOLOGIN;
        CREATE TABLE accounts (id bigint PRIMARY KEY);
        GRANT SELECT ON accounts TO dg_trusted_app;
        """;
    Projects.write(dir, "setup_databases.sql", schema);
    Projects.write(dir, "migrations/m1.sql", schema.replace("TABLE", "TABLE IF NOT EXISTS"));
    Projects.manifest(dir, "m1");

    Report report = new Verify(TestPostgres::server).trustingScripts(true).run(dir);

    assertThat(report.findings()).isEmpty();
  }
}
