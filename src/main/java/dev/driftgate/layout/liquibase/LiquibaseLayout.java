package dev.driftgate.layout.liquibase;

import dev.driftgate.config.Manifest;
import dev.driftgate.config.Migration;
import dev.driftgate.config.Project;
import dev.driftgate.config.ScriptText;
import dev.driftgate.config.Tier;
import dev.driftgate.layout.DriftgateSettings;
import dev.driftgate.layout.ProjectLayout;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Liquibase project: one tier ({@code default}) with one run-once migration, the master
 * changelog, which Liquibase applies; the canonical script from {@code driftgate.yaml}, if it names
 * one.
 */
public final class LiquibaseLayout implements ProjectLayout {

  @Override
  public boolean recognizes(Path root) {
    return LiquibaseConfig.recognizes(root);
  }

  @Override
  public Project read(Path root) {
    DriftgateSettings settings = DriftgateSettings.read(root);
    LiquibaseConfig config = LiquibaseConfig.read(root, settings);
    Changelog changelog =
        Changelog.parse(config, new ChangeGuard(root, config, file -> display(root, file)));
    HostProperties.check(changelog.files(), file -> display(root, file));
    Path master = changelog.files().get(0);
    LiquibaseApplier applier =
        new LiquibaseApplier(config, changelog.files(), file -> display(root, file));
    Migration migration =
        new Migration(
            display(root, master),
            Manifest.DEFAULT_TIER,
            "Liquibase update",
            master,
            true,
            applier);
    Map<String, Tier> tiers = new LinkedHashMap<>();
    tiers.put(Manifest.DEFAULT_TIER, new Tier(Manifest.DEFAULT_TIER, null, null, null));
    return new Project(
        root,
        new Manifest(tiers, List.of(migration), false, Map.of(), null),
        settings.setup(),
        null,
        ScriptText.VERBATIM,
        description(root, changelog, config, settings));
  }

  private static String display(Path root, Path file) {
    Path shown = file.startsWith(root) ? root.relativize(file) : file;
    return shown.toString().replace('\\', '/');
  }

  private static String description(
      Path root, Changelog changelog, LiquibaseConfig config, DriftgateSettings settings) {
    int sets = changelog.changesets();
    int files = changelog.files().size();
    String filters =
        (config.contexts() == null ? "" : ", contexts " + config.contexts())
            + (config.labels() == null ? "" : ", labels " + config.labels());
    return "Liquibase, "
        + sets
        + (sets == 1 ? " changeset in " : " changesets in ")
        + files
        + (files == 1 ? " changelog" : " changelogs")
        + " ("
        + display(root, changelog.files().get(0))
        + filters
        + "); "
        + DriftgateSettings.setupNote(root, settings);
  }
}
