package dev.driftgate.app;

import dev.driftgate.app.DiffSides.TierSide;
import dev.driftgate.error.DriftgateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which tier of one side of a diff is compared with which of the other: same names first; else,
 * with one tier on each side, those two; else the tier whose database a live database is. {@code
 * --tier} narrows a side with several tiers to one.
 */
final class TierPairs {
  private TierPairs() {}

  /** A tier of each side to compare, named after the left one. */
  record Pair(String name, TierSide left, TierSide right) {}

  static List<Pair> of(List<TierSide> lefts, List<TierSide> rights, String tier) {
    List<TierSide> l = narrowed(lefts, tier);
    List<TierSide> r = narrowed(rights, tier);
    List<Pair> pairs = new ArrayList<>();
    for (TierSide left : l) {
      r.stream()
          .filter(x -> x.tier().equals(left.tier()))
          .findFirst()
          .ifPresent(right -> pairs.add(new Pair(left.tier(), left, right)));
    }
    if (!pairs.isEmpty()) {
      return pairs;
    }
    if (l.size() == 1 && r.size() == 1) {
      return List.of(new Pair(l.get(0).tier(), l.get(0), r.get(0)));
    }
    for (TierSide left : l) {
      byDatabase(left, r).ifPresent(right -> pairs.add(new Pair(left.tier(), left, right)));
    }
    if (pairs.isEmpty()) {
      throw DriftgateException.badInput(
          "cannot tell which tiers to compare: the left side has "
              + Diff.names(lefts)
              + ", the right side "
              + Diff.names(rights)
              + "; name one with --tier");
    }
    return pairs;
  }

  private static Optional<TierSide> byDatabase(TierSide left, List<TierSide> rights) {
    return rights.stream()
        .filter(r -> left.database() != null && Objects.equals(left.database(), r.database()))
        .findFirst();
  }

  /** With {@code --tier}, a side with several tiers keeps only that one. */
  static List<TierSide> narrowed(List<TierSide> sides, String tier) {
    if (tier == null || sides.size() < 2) {
      return sides;
    }
    List<TierSide> kept = sides.stream().filter(s -> s.tier().equals(tier)).toList();
    if (kept.isEmpty()) {
      throw DriftgateException.badInput(
          "--tier " + tier + ": no such tier (" + Diff.names(sides) + ")");
    }
    return kept;
  }
}
