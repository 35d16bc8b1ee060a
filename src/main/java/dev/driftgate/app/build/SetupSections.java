package dev.driftgate.app.build;

import dev.driftgate.config.Manifest;
import dev.driftgate.config.Project;
import dev.driftgate.config.Tier;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.sqlscript.MetaCommand;
import dev.driftgate.sqlscript.ScriptItem;
import dev.driftgate.sqlscript.ScriptReader;
import dev.driftgate.sqlscript.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code setup_databases.sql} cut into one statement list per tier: a {@code \c <database>} line
 * switches to the tier whose database it names (SPEC §4). A project without tiers has one section
 * and no {@code \c} lines. Each {@code \c} part is also a session of its own, as psql opens a new
 * one at every {@code \c}: {@link #sessions} keeps the parts apart.
 */
public final class SetupSections {
  private SetupSections() {}

  public static Map<String, List<Statement>> read(Project project) {
    return flat(sessions(project.manifest(), project.root(), project.setupScript()));
  }

  /** Each tier's statements in script order, its sessions run one after the other. */
  static Map<String, List<Statement>> flat(Map<String, List<List<Statement>>> sessions) {
    Map<String, List<Statement>> flat = new LinkedHashMap<>();
    sessions.forEach(
        (tier, parts) -> flat.put(tier, parts.stream().flatMap(List::stream).toList()));
    return flat;
  }

  /**
   * Cuts any script written like setup_databases.sql (an earlier release's, say) by tier, and each
   * tier's part into its sessions: one statement list per {@code \c} that selects the tier.
   */
  public static Map<String, List<List<Statement>>> sessions(
      Manifest manifest, Path root, Path script) {
    Map<String, List<List<Statement>>> sections = new LinkedHashMap<>();
    manifest.tiers().keySet().forEach(t -> sections.put(t, new ArrayList<>()));
    String current = manifest.explicitTiers() ? null : Manifest.DEFAULT_TIER;
    if (current != null) {
      sections.get(current).add(new ArrayList<>());
    }
    for (ScriptItem item : new ScriptReader().read(root, script).items()) {
      if (item instanceof MetaCommand.Connect connect) {
        current = tierOf(manifest, connect);
        sections.get(current).add(new ArrayList<>());
      } else if (item instanceof MetaCommand.Quit) {
        break;
      } else if (item instanceof Statement statement) {
        if (current == null) {
          throw DriftgateException.badInput(
              statement.location()
                  + ": statement before the first \\c line belongs"
                  + " to no tier; start each tier's part with \\c <database> ("
                  + databases(manifest)
                  + ")");
        }
        List<List<Statement>> parts = sections.get(current);
        parts.get(parts.size() - 1).add(statement);
      }
    }
    return sections;
  }

  private static String tierOf(Manifest manifest, MetaCommand.Connect connect) {
    if (!manifest.explicitTiers()) {
      throw DriftgateException.badInput(
          connect.location()
              + ": \\c "
              + connect.database()
              + " but the manifest"
              + " declares no tiers; add a 'tiers:' section naming each database (SPEC §4) or remove the \\c line");
    }
    for (Tier tier : manifest.tiers().values()) {
      if (tier.database().equals(connect.database())) {
        return tier.name();
      }
    }
    throw DriftgateException.badInput(
        connect.location()
            + ": \\c "
            + connect.database()
            + " selects no tier ("
            + databases(manifest)
            + ")");
  }

  private static String databases(Manifest manifest) {
    return manifest.tiers().values().stream()
        .map(t -> t.name() + " -> " + t.database())
        .collect(Collectors.joining(", "));
  }
}
