package dev.driftgate.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** One run's figures in the order they were taken; a name taken twice adds up. */
final class Sample {
  /** How a figure is measured and printed. */
  enum Unit {
    MILLIS,
    MIB
  }

  /** One named figure. */
  record Figure(String name, double value, Unit unit) {}

  private final Map<String, Figure> figures = new LinkedHashMap<>();

  void add(String name, double value, Unit unit) {
    figures.merge(
        name,
        new Figure(name, value, unit),
        (a, b) -> new Figure(name, a.value() + b.value(), unit));
  }

  void millis(String name, double value) {
    add(name, value, Unit.MILLIS);
  }

  /** Adds the milliseconds since {@code startNanos} and returns them. */
  long since(String name, long startNanos) {
    long millis = (System.nanoTime() - startNanos) / 1_000_000;
    millis(name, millis);
    return millis;
  }

  double get(String name) {
    Figure f = figures.get(name);
    return f == null ? Double.NaN : f.value();
  }

  Collection<Figure> figures() {
    return figures.values();
  }
}
