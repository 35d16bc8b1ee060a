package dev.driftgate.layout.liquibase;

import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Liquibase's exceptions, which nest three or four deep, as one line a user can act on. */
final class LiquibaseErrors {
  private static final Pattern CLASS_PREFIX =
      Pattern.compile("(?:[a-z]+\\.)+[A-Z]\\w*(?:Exception|Error): ");

  private static final int MAX = 400;

  private LiquibaseErrors() {}

  /** PostgreSQL's error somewhere in the chain, or null when Liquibase itself gave up. */
  static ServerErrorMessage server(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PSQLException p && p.getServerErrorMessage() != null) {
        return p.getServerErrorMessage();
      }
    }
    return null;
  }

  /**
   * The outermost message, on one line, without the Java class names Liquibase prefixes to each
   * cause it repeats, and cut short: a schema validation error lists every element it would have
   * accepted.
   */
  static String message(Throwable e) {
    String text = e.getMessage();
    for (Throwable t = e.getCause();
        (text == null || text.isBlank()) && t != null;
        t = t.getCause()) {
      text = t.getMessage();
    }
    if (text == null || text.isBlank()) {
      text = e.getClass().getSimpleName();
    }
    text = CLASS_PREFIX.matcher(text).replaceAll("").replaceAll("\\s+", " ").trim();
    return text.length() <= MAX ? text : text.substring(0, MAX) + " ...";
  }
}
