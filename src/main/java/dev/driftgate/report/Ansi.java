package dev.driftgate.report;

/** ANSI colours for the text format, or the text unchanged when colours are off. */
final class Ansi {
  private final boolean enabled;

  Ansi(boolean enabled) {
    this.enabled = enabled;
  }

  String bold(String text) {
    return paint(text, "1");
  }

  String red(String text) {
    return paint(text, "31");
  }

  String green(String text) {
    return paint(text, "32");
  }

  String yellow(String text) {
    return paint(text, "33");
  }

  String cyan(String text) {
    return paint(text, "36");
  }

  private String paint(String text, String code) {
    return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
  }
}
