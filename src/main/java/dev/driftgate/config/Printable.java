package dev.driftgate.config;

/**
 * A value quoted back in a one-line message: control characters escaped and long values cut, so
 * that hostile input can neither break the line nor flood the terminal.
 */
public final class Printable {
  private static final int MAX = 60;

  private Printable() {}

  /** {@code value} in single quotes, escaped and at most about 60 characters long. */
  public static String of(String value) {
    StringBuilder out = new StringBuilder("'");
    value
        .codePoints()
        .limit(MAX)
        .forEach(
            cp -> {
              if (Character.isISOControl(cp) || cp == '\'') {
                out.append(String.format("\\u%04x", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    if (value.codePointCount(0, value.length()) > MAX) {
      out.append("...");
    }
    return out.append("'").toString();
  }
}
