package dev.driftgate.report;

import dev.driftgate.diff.FindingKind;
import java.util.Locale;
import java.util.Map;

/**
 * A one-line description of a finding kind, derived from its stable id {@code <object>.<problem>},
 * for formats that describe their rules (SARIF). New kinds get a sensible sentence without an edit
 * here; a new problem word reads as itself.
 */
final class KindDescription {
  private static final Map<String, String> PROBLEMS =
      Map.ofEntries(
          Map.entry("missing", "exists in one source but not the other"),
          Map.entry("mismatch", "differs between two sources"),
          Map.entry("values", "values differ between two sources"),
          Map.entry("options", "storage parameters or replica identity differ between two sources"),
          Map.entry("type", "type differs between two sources"),
          Map.entry("nullable", "nullability differs between two sources"),
          Map.entry("default", "default differs between two sources"),
          Map.entry("identity", "identity differs between two sources"),
          Map.entry("generated", "generation expression differs between two sources"),
          Map.entry("collation", "collation differs between two sources"),
          Map.entry("order", "position differs between two sources"),
          Map.entry("unmapped", "is not mapped by any entity"),
          Map.entry("unmapped_required", "is required but not mapped by any entity"),
          Map.entry("failed", "fails to apply"),
          Map.entry("not_idempotent", "changes the schema when applied a second time"),
          Map.entry("changes_fresh_install", "changes a database built from the canonical script"),
          Map.entry("unregistered", "file is not listed in the manifest"),
          Map.entry("file_missing", "is listed in the manifest but has no file"),
          Map.entry("checksum", "changed after it was applied"),
          Map.entry("fails_on_data", "fails on a database that holds rows"),
          Map.entry(
              "rewrites_table", "rewrites a table that holds rows, blocking reads and writes"),
          Map.entry(
              "blocks_writes", "scans a table or builds an index under a lock that blocks writes"));

  private KindDescription() {}

  /** {@code column.type} → {@code Column type differs between two sources}. */
  static String of(FindingKind kind) {
    String id = kind.id();
    int dot = id.indexOf('.');
    String object = id.substring(0, dot).replace('_', ' ');
    String problem = id.substring(dot + 1);
    String text = object + " " + PROBLEMS.getOrDefault(problem, problem.replace('_', ' '));
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
