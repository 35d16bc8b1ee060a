package dev.driftgate.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Values that match a check's regular expression ({@code slug ~ '^[a-z0-9_]{1,50}$'}), for the
 * simple patterns checks use: literal characters, classes with ranges, {@code \d} and {@code \w},
 * and counted repetition, anchored. Row {@code n} spells {@code n} in the digits the pattern's
 * classes offer, so distinct rows get distinct values as long as the pattern has room for them.
 * Groups and alternatives are beyond it: {@link #parse} returns null.
 */
final class RegexValues {
  /** One position class repeated {@code count} times. */
  private record Atom(String alphabet, int count) {}

  private final List<Atom> atoms;

  private RegexValues(List<Atom> atoms) {
    this.atoms = List.copyOf(atoms);
  }

  /** The values of an anchored pattern, or null for a pattern beyond this simple reading. */
  static RegexValues parse(String regex) {
    if (!regex.startsWith("^") || !regex.endsWith("$") || regex.matches(".*[()|].*")) {
      return null;
    }
    String body = regex.substring(1, regex.length() - 1);
    List<Atom> atoms = new ArrayList<>();
    int i = 0;
    while (i < body.length()) {
      StringBuilder alphabet = new StringBuilder();
      i = atom(body, i, alphabet);
      if (i < 0 || alphabet.isEmpty()) {
        return null;
      }
      int[] count = {1};
      i = quantifier(body, i, count);
      if (i < 0) {
        return null;
      }
      atoms.add(new Atom(alphabet.toString(), count[0]));
    }
    return new RegexValues(atoms);
  }

  /** How many distinct values the pattern allows (capped). */
  long capacity() {
    long capacity = 1;
    for (Atom atom : atoms) {
      for (int k = 0; k < atom.count(); k++) {
        capacity = Math.min(Long.MAX_VALUE / 64, capacity * atom.alphabet().length());
      }
    }
    return capacity;
  }

  String value(long n) {
    StringBuilder out = new StringBuilder();
    long rest = n;
    for (int a = atoms.size() - 1; a >= 0; a--) {
      Atom atom = atoms.get(a);
      int size = atom.alphabet().length();
      for (int k = 0; k < atom.count(); k++) {
        out.append(atom.alphabet().charAt((int) (rest % size)));
        rest /= size;
      }
    }
    return out.reverse().toString();
  }

  private static int atom(String body, int i, StringBuilder alphabet) {
    char c = body.charAt(i);
    if (c == '[') {
      int end = body.indexOf(']', i + 1);
      if (end < 0 || body.charAt(i + 1) == '^') {
        return -1;
      }
      klass(body.substring(i + 1, end), alphabet);
      return end + 1;
    }
    if (c == '\\' && i + 1 < body.length()) {
      escape(body.charAt(i + 1), alphabet);
      return i + 2;
    }
    if (c == '.') {
      alphabet.append("abcdefghijklmnopqrstuvwxyz");
      return i + 1;
    }
    alphabet.append(c);
    return "*+?{".indexOf(c) >= 0 ? -1 : i + 1;
  }

  private static void klass(String spec, StringBuilder alphabet) {
    for (int k = 0; k < spec.length(); k++) {
      char c = spec.charAt(k);
      if (c == '\\' && k + 1 < spec.length()) {
        escape(spec.charAt(++k), alphabet);
      } else if (k + 2 < spec.length() && spec.charAt(k + 1) == '-') {
        for (char x = c; x <= spec.charAt(k + 2); x++) {
          alphabet.append(x);
        }
        k += 2;
      } else {
        alphabet.append(c);
      }
    }
  }

  private static void escape(char c, StringBuilder alphabet) {
    switch (c) {
      case 'd' -> alphabet.append("0123456789");
      case 'w' -> alphabet.append("abcdefghijklmnopqrstuvwxyz0123456789_");
      case 's' -> alphabet.append(' ');
      default -> alphabet.append(c);
    }
  }

  /**
   * Reads a quantifier after an atom into {@code count[0]}: the fewest repetitions it allows, at
   * least one.
   */
  private static int quantifier(String body, int i, int[] count) {
    if (i >= body.length()) {
      return i;
    }
    char c = body.charAt(i);
    if (c == '*' || c == '+' || c == '?') {
      count[0] = 1;
      return i + 1;
    }
    if (c != '{') {
      return i;
    }
    int end = body.indexOf('}', i);
    if (end < 0) {
      return -1;
    }
    String[] bounds = body.substring(i + 1, end).split(",", -1);
    try {
      int min = Integer.parseInt(bounds[0].strip());
      int max =
          bounds.length > 1 && !bounds[1].isBlank() ? Integer.parseInt(bounds[1].strip()) : -1;
      count[0] = max < 0 ? Math.max(min, 1) : Math.min(Math.max(min, Math.min(4, max)), max);
    } catch (NumberFormatException e) {
      return -1;
    }
    return end + 1;
  }
}
