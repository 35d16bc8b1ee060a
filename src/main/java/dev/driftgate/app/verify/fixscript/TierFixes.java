package dev.driftgate.app.verify.fixscript;

import dev.driftgate.diff.Finding;
import dev.driftgate.diff.SqlNames;
import dev.driftgate.model.Catalog;
import dev.driftgate.model.ForeignKey;
import dev.driftgate.model.QualifiedName;
import dev.driftgate.model.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What one tier's section of the fix script is made from.
 *
 * @param database the database {@code \c} switches to for the tier, or null for a project whose
 *     canonical script does not switch
 * @param findings the tier's setup ⇄ migrations findings
 * @param before the model of the database the fixes change: where a drop finds its dependents
 */
public record TierFixes(String tier, String database, List<Finding> findings, Catalog before) {
  public TierFixes {
    findings = List.copyOf(findings);
  }

  /**
   * Every finding whose fix belongs in the script, in report order: each finding, then the findings
   * it caused (those its own fix already removes say so instead of carrying SQL).
   */
  List<Finding> fixable() {
    return findings.stream().flatMap(TierFixes::withCaused).filter(FixScript::hasSql).toList();
  }

  /** A finding and those it caused, their fixes after its own. */
  private static Stream<Finding> withCaused(Finding finding) {
    return Stream.concat(
        Stream.of(finding), finding.related().stream().flatMap(TierFixes::withCaused));
  }

  /**
   * What each table and view of {@link #before} depends on, by its name as fixes write it: a
   * table's parent and the tables its foreign keys reference, a view's query.
   */
  Map<String, String> definitions() {
    Map<String, String> definitions = new HashMap<>();
    for (Table t : before.tables().values()) {
      Stream<QualifiedName> parent = Stream.ofNullable(t.partitionOf());
      Stream<QualifiedName> referenced = t.foreignKeys().stream().map(ForeignKey::referencedTable);
      definitions.put(
          SqlNames.qualified(t.name()),
          Stream.concat(parent, referenced)
              .map(SqlNames::qualified)
              .collect(Collectors.joining(" ")));
    }
    before
        .views()
        .values()
        .forEach(v -> definitions.put(SqlNames.qualified(v.name()), v.definition()));
    return definitions;
  }
}
