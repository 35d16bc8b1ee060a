package dev.driftgate.app;

import dev.driftgate.app.DiffSides.TierSide;
import dev.driftgate.config.CacheDirectory;
import dev.driftgate.diff.Finding;
import dev.driftgate.entity.EntityLoader;
import dev.driftgate.entity.EntitySource;
import dev.driftgate.entityrules.EntityDiff;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.model.Mapping;
import dev.driftgate.report.Check;
import dev.driftgate.report.CheckResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code diff} with an entity directory as one side: every entity under it is checked against the
 * database side with the entity rules, as {@code verify} checks them (the entities assert what
 * their mappings declare; fixes change the database). The other side must come down to one tier
 * ({@code --tier} picks it).
 */
final class DiffEntities {
  private static final String GROUP = "entities";

  private DiffEntities() {}

  /** Loads the entities, with the naming of the project around their directory. */
  static Mapping load(DiffSource.Entities entities) {
    Path dir = entities.dir();
    Path project = dir.getParent() == null ? dir : dir.getParent();
    EntitySource source =
        entities.sources()
            ? new EntitySource.Sources(project, dir)
            : new EntitySource.Classpath(List.of(dir), null);
    EntitySettings settings = EntitySettings.read(project, EntityOptions.defaults());
    Map<String, String> groups = new LinkedHashMap<>();
    groups.put(GROUP, null);
    EntityLoader.Loaded loaded =
        new EntityLoader(CacheDirectory.root().resolve("entities"))
            .load(source, groups, settings.boot());
    Mapping mapping = loaded.mappings().get(GROUP);
    if (mapping == null || mapping.entities().isEmpty()) {
      throw DriftgateException.badInput(dir + ": no @Entity classes in the entity directory");
    }
    return mapping;
  }

  /** The entities against each tier of the database side (after {@code --tier}: one). */
  static List<CheckResult> compare(Mapping entities, List<TierSide> database, String tier) {
    List<TierSide> tiers = TierPairs.narrowed(database, tier);
    if (tiers.size() != 1) {
      throw DriftgateException.badInput(
          "cannot tell which tier the entities map: the database side has "
              + Diff.names(database)
              + "; name one with --tier");
    }
    TierSide side = tiers.get(0);
    List<CheckResult> checks = new ArrayList<>();
    if (side.failure() != null) {
      checks.add(
          new CheckResult(
              side.tier(), Check.DIFF, List.of(side.failure()), null, "a side did not build", 0));
      return checks;
    }
    List<Finding> findings = EntityDiff.compare(side.tier(), entities, side.side());
    checks.add(
        new CheckResult(
            side.tier(),
            Check.DIFF,
            findings,
            null,
            entities.entities().size() + " entities compared, no differences",
            0));
    return checks;
  }
}
