package dev.driftgate.app;

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

  /**
   * Both legs; {@code setup} is null for a project without a canonical script, whose entities ⇄
   * setup leg is skipped.
   */
  static List<CheckResult> check(
      String tier, Mapping mapping, BuiltDatabase setup, BuiltDatabase replay) {
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
    long start = System.nanoTime();
    List<Finding> bySetup = setup.failed() ? null : compare(tier, mapping, Source.SETUP, setup);
    List<Finding> byMigrations =
        replay.failed() ? null : compare(tier, mapping, Source.MIGRATIONS, replay);
    long millis = (System.nanoTime() - start) / 1_000_000;
    String checked = checked(mapping);
    if (bySetup == null || byMigrations == null) {
      return List.of(
          bySetup == null
              ? skipped(tier, Check.ENTITIES_VS_SETUP, "setup_databases.sql")
              : result(tier, Check.ENTITIES_VS_SETUP, bySetup, checked, millis),
          byMigrations == null
              ? skipped(tier, Check.ENTITIES_VS_MIGRATIONS, "the migrations")
              : result(tier, Check.ENTITIES_VS_MIGRATIONS, byMigrations, checked, millis));
    }
    Map<String, Finding> inMigrations = new HashMap<>();
    byMigrations.forEach(f -> inMigrations.put(key(f), f));
    List<Finding> setupLeg = new ArrayList<>();
    for (Finding f : bySetup) {
      Finding same = inMigrations.remove(key(f));
      setupLeg.add(same == null ? f : agreed(f, same));
    }
    List<Finding> migrationLeg =
        byMigrations.stream().filter(f -> inMigrations.containsKey(key(f))).toList();
    int shared = byMigrations.size() - migrationLeg.size();
    return List.of(
        result(tier, Check.ENTITIES_VS_SETUP, setupLeg, checked, millis),
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
