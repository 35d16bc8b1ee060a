package dev.driftgate.diff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same difference seen on several partitions of one partitioned table. Partitions inherit
 * columns, constraints, indexes and triggers from their parent, so such a difference is one
 * problem: under the parent's finding when the parent shows it too ({@link RootCauses}), else under
 * the first partition's finding in name order, which stands for the others.
 */
final class PartitionGroups {
  private final Owners owners;

  PartitionGroups(Owners owners) {
    this.owners = owners;
  }

  /**
   * What a finding on {@code table} says once the table's name reads as {@code parent}'s: equal
   * keys on a partition and on its parent (or on two partitions) are the same difference.
   */
  record Key(FindingKind kind, String member, String expected, String actual) {}

  static Key key(Finding f, String table, String parent) {
    String member =
        f.object().equals(table)
            ? ""
            : f.object().startsWith(table + ".") ? f.object().substring(table.length()) : "*";
    return new Key(
        f.kind(),
        member,
        asParent(f.expected(), table, parent),
        asParent(f.actual(), table, parent));
  }

  /**
   * Among the findings no other rule gave a cause, the first finding of each group of partitions
   * that differ alike becomes the cause of the others.
   */
  void stand(List<Finding> findings, Map<Finding, Finding> causes) {
    Map<List<Object>, Finding> first = new LinkedHashMap<>();
    for (Finding f : findings) {
      if (causes.containsKey(f)) {
        continue;
      }
      Optional<String> table = owners.tableOf(f.object());
      Optional<String> parent = table.flatMap(owners::partitionOf);
      if (parent.isEmpty()) {
        continue;
      }
      List<Object> group = List.of(parent.get(), key(f, table.get(), parent.get()));
      Finding standIn = first.putIfAbsent(group, f);
      if (standIn != null) {
        causes.put(f, standIn);
      }
    }
  }

  private static String asParent(String text, String table, String parent) {
    if (text == null || table.equals(parent)) {
      return text;
    }
    String bare = Owners.unqualified(table);
    String parentBare = Owners.unqualified(parent);
    // whole words only: a short partition name must not rewrite the rest of a definition
    return text.replace(table, parent)
        .replaceAll("\\b" + Pattern.quote(bare) + "\\b", Matcher.quoteReplacement(parentBare))
        .replace(" ON ONLY ", " ON ");
  }
}
