package dev.driftgate.cli;

/**
 * What the environment says about where output goes: an interactive terminal wants colours and
 * progress; a CI log or a pipe wants plain, quiet text.
 *
 * @param interactive standard output is a terminal
 * @param ci the {@code CI} variable is {@code true}, as every common CI service sets it
 * @param noColor {@code NO_COLOR} is set and not empty (no-color.org), or {@code TERM=dumb}
 */
record Terminal(boolean interactive, boolean ci, boolean noColor) {

  /** Not a terminal: plain text, no progress (what tests and pipes get). */
  static final Terminal PLAIN = new Terminal(false, false, false);

  static Terminal detect() {
    String noColor = System.getenv("NO_COLOR");
    return new Terminal(
        System.console() != null,
        "true".equalsIgnoreCase(System.getenv("CI")),
        (noColor != null && !noColor.isEmpty()) || "dumb".equals(System.getenv("TERM")));
  }

  /** Whether text on standard output gets ANSI colours, unless {@code --no-color} says no. */
  boolean colors(boolean noColorOption) {
    return interactive && !noColor && !noColorOption;
  }

  /** Whether long steps show progress: only where a person watches, never in CI logs. */
  boolean progress() {
    return interactive && !ci;
  }
}
