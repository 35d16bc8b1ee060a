package dev.driftgate.error;

/**
 * The largest file of each kind driftgate reads, in one place (README, "Input limits"). Every input
 * is read into memory whole, and comes from a pull request: without a bound, a 50 MB manifest (or a
 * symbolic link to {@code /dev/zero}) could hold a run or exhaust its memory. The bounds are far
 * above real projects (Milestone's largest file, setup_databases.sql, is 29 KB) and are checked
 * before a byte is parsed.
 */
public enum InputLimit {
  /** {@code migrations/manifest.yaml}: a list of names and tiers. */
  MANIFEST("a YAML manifest", "manifests", 1L << 20, "a manifest lists migrations, not their SQL"),
  /** Each migration file (its includes count as SQL scripts). */
  MIGRATION(
      "an SQL script",
      "migrations",
      16L << 20,
      "split it, or load bulk data with COPY outside the migration"),
  /**
   * Any other SQL script: {@code setup_databases.sql}, a baseline, a seed script, a file included
   * with {@code \i}, a {@code --baseline file:} script.
   */
  SQL_SCRIPT("an SQL script", "SQL scripts", 64L << 20, "split it into files joined with \\i"),
  /**
   * A layout's settings: {@code driftgate.yaml}, {@code flyway.conf} or {@code .toml}, Spring's
   * {@code application.properties} or {@code .yml}, a script's {@code .sql.conf}.
   */
  CONFIGURATION(
      "a configuration file",
      "configuration files",
      1L << 20,
      "settings files hold settings, not data"),
  /** {@code postgres start --password-file}: one line. */
  PASSWORD_FILE("a password file", "password files", 64L << 10, "the password is its first line");

  private final String what;
  private final String plural;
  private final long bytes;
  private final String advice;

  InputLimit(String what, String plural, long bytes, String advice) {
    this.what = what;
    this.plural = plural;
    this.bytes = bytes;
    this.advice = advice;
  }

  /** What such a file should be, for messages: "an SQL script". */
  public String what() {
    return what;
  }

  public long bytes() {
    return bytes;
  }

  /**
   * The error for a file over the limit: {@code display: 52428800 bytes; manifests over 1 MiB are
   * refused (advice)}; {@code size} below zero when only "more than the limit" is known.
   */
  public DriftgateException refused(String display, long size, String suffix) {
    String measured = size < 0 ? "more than " + bytes + " bytes" : size + " bytes";
    return DriftgateException.badInput(
        display
            + ": "
            + measured
            + "; "
            + plural
            + " over "
            + human()
            + " are refused ("
            + advice
            + ")"
            + suffix);
  }

  private String human() {
    return bytes >= 1L << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
  }
}
