package dev.driftgate.diff;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Pairs unnamed-by-nature objects (constraints, indexes) across two sides: first by shape, so that
 * names PostgreSQL generated never cause a false alarm; then what is left by name, which makes a
 * changed definition a "mismatch" rather than one missing and one extra; what still has no partner
 * is missing on the other side.
 */
final class ShapeMatcher<T> {
  /** Receives the outcome of matching. */
  interface Visitor<T> {
    void sameShape(T left, T right);

    void sameName(T left, T right);

    void onlyLeft(T item);

    void onlyRight(T item);
  }

  private final Function<T, String> shape;
  private final Function<T, String> name;

  ShapeMatcher(Function<T, String> shape, Function<T, String> name) {
    this.shape = shape;
    this.name = name;
  }

  void match(List<T> left, List<T> right, Visitor<T> visitor) {
    List<T> restLeft = new ArrayList<>();
    List<T> restRight = new ArrayList<>(right);
    for (T l : left) {
      T partner = take(restRight, r -> Objects.equals(shape.apply(l), shape.apply(r)), l);
      if (partner != null) {
        visitor.sameShape(l, partner);
      } else {
        restLeft.add(l);
      }
    }
    for (T l : restLeft) {
      T partner = take(restRight, r -> Objects.equals(name.apply(l), name.apply(r)), l);
      if (partner != null) {
        visitor.sameName(l, partner);
      } else {
        visitor.onlyLeft(l);
      }
    }
    restRight.forEach(visitor::onlyRight);
  }

  /**
   * Removes and returns the first candidate matching, preferring one with the same name as {@code
   * l}.
   */
  private T take(List<T> candidates, java.util.function.Predicate<T> matches, T l) {
    T fallback = null;
    for (Iterator<T> it = candidates.iterator(); it.hasNext(); ) {
      T r = it.next();
      if (matches.test(r)) {
        if (Objects.equals(name.apply(l), name.apply(r))) {
          it.remove();
          return r;
        }
        if (fallback == null) {
          fallback = r;
        }
      }
    }
    if (fallback != null) {
      candidates.remove(fallback);
    }
    return fallback;
  }
}
