package dev.driftgate.layout.flyway;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A migration version as Flyway compares them: parts separated by {@code .} or {@code _}, each
 * compared as a number ({@code 1.10} after {@code 1.9}), trailing zero parts insignificant ({@code
 * 1} and {@code 1.0} are the same version).
 */
record FlywayVersion(List<BigInteger> parts) implements Comparable<FlywayVersion> {
  /** The version, or null when the text is not one (digits separated by dots or underscores). */
  static FlywayVersion parse(String text) {
    if (!text.matches("[0-9]+([._][0-9]+)*")) {
      return null;
    }
    List<BigInteger> parts = new ArrayList<>();
    for (String part : text.split("[._]")) {
      parts.add(new BigInteger(part));
    }
    while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
      parts.remove(parts.size() - 1);
    }
    return new FlywayVersion(List.copyOf(parts));
  }

  @Override
  public int compareTo(FlywayVersion other) {
    for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
      int c = part(i).compareTo(other.part(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private BigInteger part(int i) {
    return i < parts.size() ? parts.get(i) : BigInteger.ZERO;
  }

  @Override
  public String toString() {
    return String.join(".", parts.stream().map(BigInteger::toString).toList());
  }
}
