package dev.driftgate.postgres;

/** SQL identifier quoting: every identifier driftgate puts into SQL text goes through here. */
public final class Identifiers {
  private Identifiers() {}

  /** Double-quotes an identifier, doubling embedded quotes. */
  public static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
