package dev.driftgate.diff;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The one keyed comparison every object kind goes through: only left, only right, or on both sides.
 */
final class Keyed {
  private Keyed() {}

  /** Receives the outcome for one key. */
  interface Visitor<K, V> {
    void onlyLeft(K key, V value);

    void onlyRight(K key, V value);

    void both(K key, V left, V right);
  }

  static <K, V> void compare(Map<K, V> left, Map<K, V> right, Visitor<K, V> visitor) {
    Set<K> keys = new LinkedHashSet<>(left.keySet());
    keys.addAll(right.keySet());
    for (K key : keys) {
      V l = left.get(key);
      V r = right.get(key);
      if (r == null) {
        visitor.onlyLeft(key, l);
      } else if (l == null) {
        visitor.onlyRight(key, r);
      } else {
        visitor.both(key, l, r);
      }
    }
  }
}
