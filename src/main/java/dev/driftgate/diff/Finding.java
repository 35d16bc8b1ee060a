package dev.driftgate.diff;

import java.util.List;
import java.util.stream.Stream;

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
 * @param fix SQL that removes the difference, or why none can be derived
 * @param related the findings this one causes (SPEC §6 {@code related}): the indexes of a missing
 *     table, the same difference on each partition; empty for most findings. A related finding has
 *     no related findings of its own: {@link RootCauses} nests one level only
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
    Fix fix,
    List<Finding> related) {

  public Finding {
    related = related == null ? List.of() : List.copyOf(related);
  }

  /** A finding that causes no other: what every comparison produces before {@link RootCauses}. */
  public Finding(
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
    this(
        kind,
        severity,
        tier,
        object,
        left,
        right,
        expected,
        actual,
        leftLocation,
        rightLocation,
        message,
        fix,
        List.of());
  }

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

  /** This finding, then the ones it causes: what a check found, counted one by one. */
  public Stream<Finding> andRelated() {
    return Stream.concat(Stream.of(this), related.stream());
  }

  /** Every finding of {@code findings}, root causes and the findings they cause. */
  public static Stream<Finding> flattened(List<Finding> findings) {
    return findings.stream().flatMap(Finding::andRelated);
  }

  /** The same finding with {@code causes} as its related findings. */
  public Finding withRelated(List<Finding> causes) {
    return with(severity, message, fix, causes);
  }

  /** The same finding with another fix: a consequence its cause's fix already removes. */
  public Finding withFix(Fix newFix) {
    return with(severity, message, newFix, related);
  }

  public Finding withMessage(String newMessage) {
    return with(severity, newMessage, fix, related);
  }

  public Finding withSeverity(Severity newSeverity) {
    return with(newSeverity, message, fix, related);
  }

  private Finding with(
      Severity newSeverity, String newMessage, Fix newFix, List<Finding> newRelated) {
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
        newFix,
        newRelated);
  }
}
