package dev.driftgate.diff;

/**
 * One difference between two sources of the schema, or one problem with a migration.
 *
 * @param tier the tier the finding belongs to
 * @param object the object, schema-qualified ({@code public.users.email}), or a migration's name
 * @param left the first source compared (its value is {@code expected})
 * @param right the second source compared (its value is {@code actual}); null for findings about
 *     one source
 * @param expected the first source's value, or null when the object is absent there
 * @param actual the second source's value, or null when the object is absent there
 * @param leftLocation {@code path:line} where the first source defines the object, or null
 * @param rightLocation {@code path:line} where the second source defines the object, or null
 * @param message one line for a human, naming the object and both values
 */
public record Finding(
    FindingKind kind,
    Severity severity,
    String tier,
    String object,
    Source left,
    Source right,
    String expected,
    String actual,
    String leftLocation,
    String rightLocation,
    String message,
    Fix fix) {

  /** A finding about one source alone, such as a migration that fails to apply. */
  public static Finding single(
      FindingKind kind,
      String tier,
      String object,
      Source source,
      String location,
      String message,
      Fix fix) {
    return new Finding(
        kind,
        kind.defaultSeverity(),
        tier,
        object,
        source,
        null,
        null,
        null,
        location,
        null,
        message,
        fix);
  }

  /** The location a user should look at first: the first source's, else the second's. */
  public String location() {
    return leftLocation != null ? leftLocation : rightLocation;
  }

  public Finding withMessage(String newMessage) {
    return with(severity, newMessage);
  }

  public Finding withSeverity(Severity newSeverity) {
    return with(newSeverity, message);
  }

  private Finding with(Severity newSeverity, String newMessage) {
    return new Finding(
        kind,
        newSeverity,
        tier,
        object,
        left,
        right,
        expected,
        actual,
        leftLocation,
        rightLocation,
        newMessage,
        fix);
  }
}
