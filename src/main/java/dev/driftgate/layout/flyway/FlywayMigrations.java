package dev.driftgate.layout.flyway;

import java.util.ArrayList;
import java.util.List;

/**
 * The migrations Flyway resolves in a project, in its orders.
 *
 * @param baseline the highest baseline migration ({@code B<version>__}), or null
 * @param versioned every versioned migration, by version
 * @param repeatable the repeatable migrations, by description
 */
record FlywayMigrations(
    FlywayFile baseline, List<FlywayFile> versioned, List<FlywayFile> repeatable) {

  /**
   * What Flyway applies to an empty database: the baseline in place of the versioned migrations up
   * to its version, the later versioned ones, then the repeatable ones.
   */
  List<FlywayFile> freshInstall() {
    List<FlywayFile> order = new ArrayList<>();
    if (baseline != null) {
      order.add(baseline);
    }
    order.addAll(
        baseline == null ? versioned : versioned.subList(replaced().size(), versioned.size()));
    order.addAll(repeatable);
    return order;
  }

  /**
   * What a database that was installed before the baseline existed has applied: every versioned
   * migration, then the repeatable ones.
   */
  List<FlywayFile> history() {
    List<FlywayFile> order = new ArrayList<>(versioned);
    order.addAll(repeatable);
    return order;
  }

  /** The versioned migrations the baseline stands for (up to its version); none without one. */
  List<FlywayFile> replaced() {
    if (baseline == null) {
      return List.of();
    }
    return versioned.stream().filter(v -> v.version().compareTo(baseline.version()) <= 0).toList();
  }
}
