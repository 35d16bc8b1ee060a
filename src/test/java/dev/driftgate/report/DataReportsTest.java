package dev.driftgate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Source;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The findings of a replay over rows reach every report format with their kind and location. */
class DataReportsTest {
  @ParameterizedTest(name = "{0}")
  @EnumSource(Format.class)
  void everyFormatCarriesTheDataKinds(Format format) throws Exception {
    String out =
        GoldenRenderTest.render(report(), format, RenderOptions.plain(GoldenRenderTest.VERSION));
    assertThat(out)
        .contains("migration.fails_on_data")
        .contains("migration.rewrites_table")
        .contains("migration.blocks_writes")
        .contains("migrations/m2.sql"); // SARIF gives the line apart
  }

  private static Report report() {
    List<Finding> findings =
        List.of(
            finding(FindingKind.MIGRATION_FAILS_ON_DATA, "m1", "migrations/m1.sql:1", "fails"),
            finding(FindingKind.MIGRATION_REWRITES_TABLE, "m2", "migrations/m2.sql:4", "rewrites"),
            finding(FindingKind.MIGRATION_BLOCKS_WRITES, "m3", "migrations/m3.sql:2", "blocks"));
    return new Report(
        "verify",
        ".",
        "embedded",
        "15.19",
        List.of(new CheckResult("tenant", Check.DATA, findings, null, "30 rows in 2 tables", 12)),
        List.of(),
        List.of(),
        100);
  }

  private static Finding finding(FindingKind kind, String migration, String where, String what) {
    return Finding.single(
        kind, "tenant", migration, Source.MIGRATIONS, where, what, Fix.none("measured"));
  }
}
