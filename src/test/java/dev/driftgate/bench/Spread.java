package dev.driftgate.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The median and the range of one figure across runs, and how the tables print them. */
record Spread(String name, Sample.Unit unit, double median, double min, double max, int runs) {

  /** One spread per figure name, in the order names first appear. */
  static List<Spread> of(List<Sample> samples) {
    Map<String, List<Double>> values = new LinkedHashMap<>();
    Map<String, Sample.Unit> units = new LinkedHashMap<>();
    for (Sample s : samples) {
      for (Sample.Figure f : s.figures()) {
        values.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f.value());
        units.put(f.name(), f.unit());
      }
    }
    List<Spread> spreads = new ArrayList<>();
    values.forEach((name, v) -> spreads.add(of(name, units.get(name), v)));
    return spreads;
  }

  static Spread of(String name, Sample.Unit unit, List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return new Spread(name, unit, median, sorted.get(0), sorted.get(n - 1), n);
  }

  String medianText() {
    return format(median, true);
  }

  String rangeText() {
    return runs == 1 ? "—" : format(min, false) + "–" + format(max, true);
  }

  private String format(double value, boolean withUnit) {
    if (unit == Sample.Unit.MIB) {
      return String.format(Locale.ROOT, "%.0f", value) + (withUnit ? " MiB" : "");
    }
    double seconds = value / 1000;
    String pattern = seconds >= 10 ? "%.1f" : seconds >= 0.1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, pattern, seconds) + (withUnit ? " s" : "");
  }
}
