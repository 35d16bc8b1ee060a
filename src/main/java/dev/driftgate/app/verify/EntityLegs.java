package dev.driftgate.app.verify;

import dev.driftgate.app.build.BuiltDatabase;
import dev.driftgate.diff.CatalogDiff;
import dev.driftgate.diff.Finding;
import dev.driftgate.diff.Source;
import dev.driftgate.entityrules.EntityDiff;
import dev.driftgate.model.Mapping;
import dev.driftgate.report.Check;
import dev.driftgate.report.CheckResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two legs of the entity check, entities ⇄ setup and entities ⇄ migrations. A finding both legs
 * make identically is one problem, not two: it is reported once, in entities ⇄ setup, with a note
 * that the migrations agree (and where); entities ⇄ migrations counts it in its summary.
 */
final class EntityLegs {
  private EntityLegs() {}

  /** The entities ⇄ setup leg's findings, compared on its own, and how long that took. */
  record Leg(List<Finding> findings, long millis) {}

  /** The entities ⇄ setup leg of a tier whose setup database applied, compared on its own. */
  static Leg setupLeg(String tier, Mapping mapping, BuiltDatabase setup) {
    long start = System.nanoTime();
    List<Finding> findings = compare(tier, mapping, Source.SETUP, setup);
    return new Leg(findings, (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * Both legs; {@code setup} is null for a project without a canonical script, whose entities ⇄
   * setup leg is skipped; {@code early} is the setup leg when it was compared already ({@link
   * #setupLeg}), else null.
   */
  static List<CheckResult> check(
      String tier, Mapping mapping, BuiltDatabase setup, Leg early, BuiltDatabase replay) {
    if (setup == null) {
      return List.of(
          CheckResult.skipped(tier, Check.ENTITIES_VS_SETUP, TierVerification.NO_SETUP),
          replay.failed()
              ? skipped(tier, Check.ENTITIES_VS_MIGRATIONS, "the migrations")
              : result(
                  tier,
                  Check.ENTITIES_VS_MIGRATIONS,
                  compare(tier, mapping, Source.MIGRATIONS, replay),
                  checked(mapping),
                  0));
    }
    Leg bySetup = setup.failed() ? null : early != null ? early : setupLeg(tier, mapping, setup);
    long start = System.nanoTime();
    List<Finding> byMigrations =
        replay.failed()
            ? null
            : asSetup(bySetup, setup, replay)
                ? List.of()
                : compare(tier, mapping, Source.MIGRATIONS, replay);
    long millis = (System.nanoTime() - start) / 1_000_000;
    String checked = checked(mapping);
    if (bySetup == null || byMigrations == null) {
      return List.of(
          bySetup == null
              ? skipped(tier, Check.ENTITIES_VS_SETUP, "setup_databases.sql")
              : result(
                  tier, Check.ENTITIES_VS_SETUP, bySetup.findings(), checked, bySetup.millis()),
          byMigrations == null
              ? skipped(tier, Check.ENTITIES_VS_MIGRATIONS, "the migrations")
              : result(tier, Check.ENTITIES_VS_MIGRATIONS, byMigrations, checked, millis));
    }
    Map<String, Finding> inMigrations = new HashMap<>();
    byMigrations.forEach(f -> inMigrations.put(key(f), f));
    List<Finding> setupLeg = new ArrayList<>();
    for (Finding f : bySetup.findings()) {
      Finding same = inMigrations.remove(key(f));
      setupLeg.add(same == null ? f : agreed(f, same));
    }
    List<Finding> migrationLeg =
        byMigrations.stream().filter(f -> inMigrations.containsKey(key(f))).toList();
    int shared = byMigrations.size() - migrationLeg.size();
    return List.of(
        result(tier, Check.ENTITIES_VS_SETUP, setupLeg, checked, bySetup.millis()),
        result(
            tier,
            Check.ENTITIES_VS_MIGRATIONS,
            migrationLeg,
            checked
                + (shared == 0
                    ? ""
                    : "; "
                        + shared
                        + " finding"
                        + (shared == 1 ? "" : "s")
                        + " as in entities ⇄ setup, reported there"),
            millis));
  }

  /**
   * Whether the entities ⇄ migrations leg finds nothing because the setup leg found nothing in the
   * same catalog: what the entity rules find is a function of the mapping and the catalog (each
   * side's provenance only locates findings). The catalogs of a replay tried from a kept state
   * share the setup's models where they are equal, so this costs a lookup per table; an edited
   * migration's verify skips the second comparison of every entity (0.1 s at 900 entities).
   */
  private static boolean asSetup(Leg bySetup, BuiltDatabase setup, BuiltDatabase replay) {
    return bySetup != null
        && bySetup.findings().isEmpty()
        && replay.catalog().equals(setup.catalog());
  }

  private static List<Finding> compare(
      String tier, Mapping mapping, Source source, BuiltDatabase db) {
    return EntityDiff.compare(
        tier, mapping, new CatalogDiff.Side(source, db.catalog(), db.provenance()));
  }

  private static String key(Finding f) {
    return f.kind().id() + "\n" + f.object() + "\n" + f.expected() + "\n" + f.actual();
  }

  private static Finding agreed(Finding setup, Finding migrations) {
    String where = migrations.rightLocation() == null ? "" : ": " + migrations.rightLocation();
    return setup.withMessage(setup.message() + " (the migrations agree" + where + ")");
  }

  private static String checked(Mapping m) {
    int entities = m.entities().size();
    int tables = m.catalog().tables().size();
    return entities
        + (entities == 1 ? " entity, " : " entities, ")
        + tables
        + (tables == 1 ? " table" : " tables");
  }

  private static CheckResult result(
      String tier, Check check, List<Finding> findings, String summary, long millis) {
    return new CheckResult(tier, check, findings, null, summary, millis);
  }

  private static CheckResult skipped(String tier, Check check, String what) {
    return CheckResult.skipped(tier, check, "skipped: " + what + " did not apply");
  }
}
