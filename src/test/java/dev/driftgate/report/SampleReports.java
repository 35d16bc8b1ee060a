package dev.driftgate.report;

import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Severity;
import dev.driftgate.diff.Source;
import java.util.List;

/**
 * Fixed reports for the golden files: a clean run, and a drifted one with findings of every
 * severity, with and without fixes, located on one side, both sides or none, and text full of the
 * characters formats must escape.
 */
final class SampleReports {
  private SampleReports() {}

  static Report clean() {
    return new Report(
        "verify",
        ".",
        "embedded",
        "15.19",
        List.of(
            passed("tenant", Check.SETUP, "19 tables, 1 views, 2 functions from 77 statements"),
            passed("tenant", Check.MIGRATIONS, "19 tables from 6/6 migrations"),
            passed("tenant", Check.SETUP_VS_MIGRATIONS, "no differences"),
            CheckResult.skipped("tenant", Check.ENTITIES_VS_SETUP, "no entities/ directory"),
            passed("project", Check.MANIFEST, "6 migrations listed, every file registered")),
        List.of("no entities: entity checks skipped"),
        List.of(new Timing("server start", 2100), new Timing("tenant replay", 1234)),
        9876);
  }

  static Report drift() {
    return new Report(
        "verify",
        "db",
        "embedded",
        "15.19",
        List.of(
            passed("tenant", Check.SETUP, "19 tables"),
            new CheckResult(
                "tenant",
                Check.MIGRATIONS,
                List.of(migrationFailed()),
                null,
                "2/6 migrations",
                812),
            new CheckResult(
                "tenant",
                Check.SETUP_VS_MIGRATIONS,
                List.of(
                    columnType(),
                    indexMissing(),
                    viewMismatch(),
                    commentMismatch(),
                    tableMissing()),
                null,
                "no differences",
                45),
            new CheckResult(
                "tenant", Check.FRESH_INSTALL, List.of(freshInstall()), null, "6 probed", 30),
            new CheckResult(
                "tenant", Check.ENTITIES_VS_SETUP, List.of(columnOrder()), null, "12 entities", 7),
            CheckResult.skipped(
                "tenant", Check.IDEMPOTENCY, "skipped: the migrations did not apply")),
        List.of(),
        List.of(new Timing("server start", 2100), new Timing("tenant replay", 812)),
        12345);
  }

  private static CheckResult passed(String tier, Check check, String summary) {
    return new CheckResult(tier, check, List.of(), null, summary, 100);
  }

  private static Finding columnType() {
    return new Finding(
        FindingKind.COLUMN_TYPE,
        Severity.ERROR,
        "tenant",
        "public.staff.job_title",
        Source.SETUP,
        Source.MIGRATIONS,
        "character varying(150)",
        "character varying(160)",
        "setup_databases.sql:288",
        "migrations/upgrade_to_v90.sql:57",
        "public.staff.job_title: type character varying(150) in setup_databases.sql,"
            + " character varying(160) in the migrations",
        Fix.sql("ALTER TABLE public.staff ALTER COLUMN job_title TYPE character varying(160);"));
  }

  private static Finding migrationFailed() {
    return Finding.single(
        FindingKind.MIGRATION_FAILED,
        "tenant",
        "add_skills_tables",
        Source.MIGRATIONS,
        "migrations/add_skills_tables.sql:14",
        "migration add_skills_tables fails: relation \"skills\" already exists (SQLSTATE 42P07)\n"
            + "  Where: SQL statement \"CREATE TABLE skills (id int)\"",
        Fix.none(
            "fix the statement at migrations/add_skills_tables.sql:14; later statements were not"
                + " run"));
  }

  private static Finding indexMissing() {
    return new Finding(
        FindingKind.INDEX_MISSING,
        Severity.ERROR,
        "tenant",
        "public.idx_company_events_period",
        Source.SETUP,
        Source.MIGRATIONS,
        null,
        "CREATE INDEX idx_company_events_period ON public.company_events USING btree (starts_on,"
            + " ends_on)",
        null,
        "migrations/add_company_events.sql:30",
        "public.idx_company_events_period: index in the migrations, missing from"
            + " setup_databases.sql",
        Fix.sql(
            "CREATE INDEX idx_company_events_period ON public.company_events USING btree"
                + " (starts_on, ends_on);"));
  }

  private static Finding viewMismatch() {
    return new Finding(
        FindingKind.VIEW_MISMATCH,
        Severity.ERROR,
        "tenant",
        "public.active_projects",
        Source.SETUP,
        Source.MIGRATIONS,
        " SELECT id,\n    name\n   FROM projects\n  WHERE status <> 'archived'::text;",
        " SELECT id,\n    name\n   FROM projects\n  WHERE status = 'active'::text;",
        "setup_databases.sql:410",
        "migrations/upgrade_to_v90.sql:88",
        "public.active_projects: the view's query differs between setup_databases.sql and the"
            + " migrations",
        Fix.sql(
            "CREATE OR REPLACE VIEW public.active_projects AS\n SELECT id,\n    name\n   FROM"
                + " projects\n  WHERE status = 'active'::text;"));
  }

  private static Finding commentMismatch() {
    return new Finding(
        FindingKind.COMMENT_MISMATCH,
        Severity.WARNING,
        "tenant",
        "public.\"odd|name\"",
        Source.SETUP,
        Source.MIGRATIONS,
        "50% of <rows> & \"quoted\" | piped",
        "line one\nline two: a, b",
        "setup_databases.sql:12",
        null,
        "public.\"odd|name\": comment '50% of <rows> & \"quoted\" | piped' in setup_databases.sql,"
            + " 'line one\\nline two: a, b' in the migrations",
        Fix.sql(
            "COMMENT ON TABLE public.\"odd|name\" IS E'line one\\nline two: a, b';\n"
                + "-- ``` a fence inside the fix"));
  }

  /** A root cause with related findings: one whose fix its cause's covers, one with its own. */
  private static Finding tableMissing() {
    Finding table =
        new Finding(
            FindingKind.TABLE_MISSING,
            Severity.ERROR,
            "tenant",
            "public.skills",
            Source.SETUP,
            Source.MIGRATIONS,
            null,
            "CREATE TABLE public.skills (\n    id integer DEFAULT nextval('public.skills_id_seq')"
                + " NOT NULL,\n    name text NOT NULL,\n    CONSTRAINT skills_pkey PRIMARY KEY"
                + " (id)\n);\nCREATE INDEX idx_skills_name ON public.skills USING btree (name);",
            null,
            "migrations/add_skills_tables.sql:3",
            "table public.skills is in the migrations but not in setup_databases.sql",
            Fix.sql(
                "CREATE TABLE public.skills (\n    id integer DEFAULT"
                    + " nextval('public.skills_id_seq') NOT NULL,\n    name text NOT NULL,\n   "
                    + " CONSTRAINT skills_pkey PRIMARY KEY (id)\n);\nCREATE INDEX idx_skills_name"
                    + " ON public.skills USING btree (name);"));
    Finding index =
        new Finding(
            FindingKind.INDEX_MISSING,
            Severity.ERROR,
            "tenant",
            "public.idx_skills_name",
            Source.SETUP,
            Source.MIGRATIONS,
            null,
            "CREATE INDEX ON public.skills USING btree (name)",
            null,
            "migrations/add_skills_tables.sql:9",
            "index public.idx_skills_name is in the migrations but not in setup_databases.sql",
            Fix.none("removed by the fix of table.missing public.skills (created with the table)"));
    Finding sequence =
        new Finding(
            FindingKind.SEQUENCE_MISSING,
            Severity.ERROR,
            "tenant",
            "public.skills_id_seq",
            Source.SETUP,
            Source.MIGRATIONS,
            null,
            "AS integer OWNED BY public.skills.id",
            null,
            "migrations/add_skills_tables.sql:3",
            "sequence public.skills_id_seq is in the migrations but not in setup_databases.sql",
            Fix.sql("CREATE SEQUENCE public.skills_id_seq AS integer;"));
    return table.withRelated(List.of(index, sequence));
  }

  /** A probe that changes many objects: the default text report caps the list. */
  private static Finding freshInstall() {
    StringBuilder objects = new StringBuilder();
    for (int i = 1; i <= 8; i++) {
      objects.append(i == 1 ? "" : ", ").append("public.t").append(i).append(" (table.missing)");
    }
    return Finding.single(
            FindingKind.MIGRATION_CHANGES_FRESH_INSTALL,
            "tenant",
            "add_skills_tables",
            Source.SETUP,
            "migrations/add_skills_tables.sql:3",
            "migration add_skills_tables on a fresh install changes " + objects,
            Fix.none("resolved by fixing the finding it repeats"))
        .withSeverity(Severity.INFO);
  }

  private static Finding columnOrder() {
    return new Finding(
        FindingKind.COLUMN_ORDER,
        Severity.INFO,
        "tenant",
        "public.projects.code",
        Source.ENTITIES,
        Source.SETUP,
        "position 3",
        "position 5",
        null,
        null,
        "public.projects.code: column position differs (3 in the entities, 5 in"
            + " setup_databases.sql)",
        Fix.none("column order cannot be changed without rebuilding the table"));
  }
}
