package dev.driftgate.postgres;

import dev.driftgate.error.DriftgateException;
import java.util.Locale;

/** Where the PostgreSQL of a run comes from (SPEC §5.7). */
public enum PostgresMode {
  EMBEDDED,
  CONTAINER,
  EXTERNAL;

  public static PostgresMode parse(String text) {
    try {
      return valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DriftgateException.badInput(
          "--postgres " + text + " is not a mode (embedded, container or external)");
    }
  }
}
