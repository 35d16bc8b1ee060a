package dev.driftgate.diff;

import dev.driftgate.model.Catalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Nests every finding that another one causes under that finding's {@code related} list (SPEC §6),
 * so that the top level of a report counts root causes. The rules, in the order they are asked:
 *
 * <ol>
 *   <li>a member of a table missing on one side (its owned sequences, constraints, indexes,
 *       triggers, policies, rules, statistics, comments, row security), and a partition of a
 *       missing partitioned table, belongs to that table's finding; so does a member or partition
 *       of a table whose fix makes it again ({@link TableRewrite}: its kind or partitioning
 *       differs);
 *   <li>a difference on a partition that its partitioned table shows too (same kind, same values
 *       once the partition's name reads as the parent's) belongs to the parent's finding; where
 *       only partitions show it, to the first partition's finding in name order, which stands for
 *       them all;
 *   <li>a foreign key of another table that references a table missing on one side (present on that
 *       side only, as the table is) belongs to the table's finding;
 *   <li>an object of a schema missing on one side belongs to that schema's finding;
 *   <li>a column whose type differs because it uses an enum or domain missing on one side belongs
 *       to the type's finding.
 * </ol>
 *
 * Causes chain (an index of a table of a missing schema) but nest one level: everything goes
 * directly under its root cause. A related finding keeps its own fix unless its cause's fix already
 * removes it ({@link Coverage}).
 */
public final class RootCauses {
  private final List<Finding> findings;
  private final Owners owners;
  private final Map<String, Finding> missingSchemas = new HashMap<>();
  // tables missing on one side, and tables their fix makes again: what their members belong to
  private final Map<String, Finding> missingTables = new HashMap<>();
  private final Map<String, Finding> missingTypes = new HashMap<>();
  private final Map<String, List<Finding>> byTable = new HashMap<>();
  private final Map<Finding, Finding> causes = new IdentityHashMap<>();

  private RootCauses(List<Finding> findings, Owners owners) {
    this.findings = findings;
    this.owners = owners;
    for (Finding f : findings) {
      switch (f.kind()) {
        case SCHEMA_MISSING -> missingSchemas.put(f.object(), f);
        case TABLE_MISSING -> missingTables.put(f.object(), f);
        case TABLE_MISMATCH -> {
          if (Fix.isRewrite(f.fix())) {
            missingTables.put(f.object(), f);
          }
        }
        case ENUM_MISSING, DOMAIN_MISSING -> missingTypes.put(f.object(), f);
        default -> {}
      }
      owners
          .tableOf(f.object())
          .ifPresent(t -> byTable.computeIfAbsent(t, k -> new ArrayList<>()).add(f));
    }
  }

  /**
   * The root causes among {@code findings} (one comparison's, sorted), each with the findings it
   * causes as its related ones, in the order they came.
   */
  static List<Finding> group(List<Finding> findings, Catalog left, Catalog right) {
    return new RootCauses(findings, new Owners(left, right)).nest();
  }

  private List<Finding> nest() {
    findings.forEach(f -> cause(f).ifPresent(c -> causes.put(f, c)));
    new PartitionGroups(owners).stand(findings, causes);
    Map<Finding, List<Finding>> related = new IdentityHashMap<>();
    List<Finding> roots = new ArrayList<>();
    for (Finding f : findings) {
      Finding root = root(f);
      if (root == f) {
        roots.add(f);
      } else {
        related
            .computeIfAbsent(root, r -> new ArrayList<>())
            .add(Coverage.applied(causes.get(f), f, owners));
      }
    }
    return roots.stream().map(r -> r.withRelated(related.getOrDefault(r, List.of()))).toList();
  }

  private Finding root(Finding f) {
    Finding root = f;
    // causes point from a part to what contains it, so chains are short; the bound guards a cycle
    for (int depth = 0; causes.containsKey(root) && depth < 8; depth++) {
      root = causes.get(root);
    }
    return root;
  }

  /** The finding that directly causes {@code f}: the most specific one, a table before a schema. */
  private Optional<Finding> cause(Finding f) {
    Optional<Finding> byTableRule =
        owners.tableOf(f.object()).flatMap(table -> tableCause(f, table));
    if (byTableRule.isPresent()) {
      return byTableRule;
    }
    Optional<Finding> referenced =
        f.kind() == FindingKind.FOREIGN_KEY_MISSING
            ? owners.referencedBy(f.object()).map(missingTables::get)
            : Optional.empty();
    if (referenced.isPresent() && referenced.get().kind() == FindingKind.TABLE_MISSING) {
      return referenced;
    }
    String schema = Owners.schemaOf(f.object());
    if (f.kind() != FindingKind.SCHEMA_MISSING && missingSchemas.containsKey(schema)) {
      return Optional.of(missingSchemas.get(schema));
    }
    if (f.kind() == FindingKind.COLUMN_TYPE) {
      return missingTypes.values().stream()
          .filter(
              t ->
                  TypeName.refersTo(f.expected(), t.object())
                      || TypeName.refersTo(f.actual(), t.object()))
          .findFirst();
    }
    return Optional.empty();
  }

  private Optional<Finding> tableCause(Finding f, String table) {
    Finding missing = missingTables.get(table);
    if (missing != null && missing != f) {
      return Optional.of(missing);
    }
    Optional<String> parent = owners.partitionOf(table);
    if (parent.isEmpty()) {
      return Optional.empty();
    }
    if (missingTables.containsKey(parent.get())) {
      return Optional.of(missingTables.get(parent.get()));
    }
    PartitionGroups.Key key = PartitionGroups.key(f, table, parent.get());
    return byTable.getOrDefault(parent.get(), List.of()).stream()
        .filter(g -> PartitionGroups.key(g, parent.get(), parent.get()).equals(key))
        .findFirst();
  }
}
