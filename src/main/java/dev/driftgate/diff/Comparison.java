package dev.driftgate.diff;

import dev.driftgate.model.Provenance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One comparison of two models: which sources they come from, where each side's objects were
 * defined, and the findings collected so far. Every finding is created here, so that messages and
 * locations follow one style.
 */
public final class Comparison {
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::object)
          .thenComparing(f -> f.kind().ordinal())
          .thenComparing(Finding::message);

  private final String tier;
  private final Source left;
  private final Source right;
  private final Provenance leftProvenance;
  private final Provenance rightProvenance;
  private final List<Finding> findings = new ArrayList<>();

  public Comparison(String tier, Side leftSide, Side rightSide) {
    this.tier = tier;
    this.left = leftSide.source();
    this.right = rightSide.source();
    this.leftProvenance = leftSide.provenance();
    this.rightProvenance = rightSide.provenance();
  }

  /** An object present on exactly one side; {@code definition} describes it where it exists. */
  public void missing(
      FindingKind kind, String noun, String object, boolean onLeft, String definition, Fix fix) {
    String message =
        noun
            + " "
            + object
            + " is in "
            + (onLeft ? left : right).label()
            + " but not in "
            + (onLeft ? right : left).label();
    add(
        kind,
        kind.defaultSeverity(),
        object,
        onLeft ? definition : null,
        onLeft ? null : definition,
        message,
        fix);
  }

  /** An object present on both sides that differs in {@code aspect}. */
  public void changed(
      FindingKind kind, String object, String aspect, String expected, String actual, Fix fix) {
    changed(kind, kind.defaultSeverity(), object, aspect, expected, actual, fix);
  }

  public void changed(
      FindingKind kind,
      Severity severity,
      String object,
      String aspect,
      String expected,
      String actual,
      Fix fix) {
    String message =
        object
            + ": "
            + aspect
            + " "
            + shown(expected)
            + " in "
            + left.label()
            + ", "
            + shown(actual)
            + " in "
            + right.label();
    add(kind, severity, object, expected, actual, message, fix);
  }

  /** A finding whose message a rule writes itself, for differences that need explaining. */
  public void explained(
      FindingKind kind, String object, String expected, String actual, String message, Fix fix) {
    add(kind, kind.defaultSeverity(), object, expected, actual, message, fix);
  }

  /** An explained finding of another severity than its kind's default. */
  public void explained(
      FindingKind kind,
      Severity severity,
      String object,
      String expected,
      String actual,
      String message,
      Fix fix) {
    add(kind, severity, object, expected, actual, message, fix);
  }

  /** How messages name the second source ("setup_databases.sql"). */
  public String rightLabel() {
    return right.label();
  }

  /**
   * Compares the comments of an object present on both sides; {@code target} is what follows {@code
   * COMMENT ON} in the fix, such as {@code TABLE public.users}.
   */
  void comment(String object, String target, String left, String right) {
    if (!java.util.Objects.equals(left, right)) {
      changed(
          FindingKind.COMMENT_MISMATCH,
          object,
          "comment",
          left,
          right,
          Fix.sql(Ddl.comment(target, right)));
    }
  }

  private void add(
      FindingKind kind,
      Severity severity,
      String object,
      String expected,
      String actual,
      String message,
      Fix fix) {
    findings.add(
        new Finding(
            kind,
            severity,
            tier,
            object,
            left,
            right,
            expected,
            actual,
            leftProvenance.locate(object).orElse(null),
            rightProvenance.locate(object).orElse(null),
            message,
            fix));
  }

  public List<Finding> findings() {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    return sorted;
  }

  private static String shown(String value) {
    return value == null ? "(none)" : value.replaceAll("\\s+", " ").trim();
  }

  /** One side of a comparison: the source and where its objects came from. */
  public record Side(Source source, Provenance provenance) {}
}
