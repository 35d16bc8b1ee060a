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
    String message = versus(object, aspect + " " + shown(expected), shown(actual));
    add(kind, severity, object, object, expected, actual, message, fix);
  }

  /** A finding whose message a rule writes itself, for differences that need explaining. */
  public void explained(
      FindingKind kind, String object, String expected, String actual, String message, Fix fix) {
    explained(kind, kind.defaultSeverity(), object, expected, actual, message, fix);
  }

  /**
   * What one grantee holds on an object that differs between the sides ({@code expected} and {@code
   * actual} name the privileges, null for none). Located by {@code key} in each side's provenance
   * (the {@code GRANT} or {@code REVOKE} that made the difference), else by the object.
   */
  void held(
      FindingKind kind,
      String key,
      String object,
      String grantee,
      String expected,
      String actual,
      Fix fix) {
    String message =
        versus(
            object,
            grantee + " holds " + (expected == null ? "nothing" : expected),
            (actual == null ? "nothing" : actual));
    add(kind, kind.defaultSeverity(), key, object, expected, actual, message, fix);
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
    add(kind, severity, object, object, expected, actual, message, fix);
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

  /** {@code object: <left side> in <left source>, <right side> in <right source>}. */
  private String versus(String object, String leftSide, String rightSide) {
    return object
        + ": "
        + leftSide
        + " in "
        + left.label()
        + ", "
        + rightSide
        + " in "
        + right.label();
  }

  /** A finding located by {@code key} in each side's provenance, else by its object. */
  private void add(
      FindingKind kind,
      Severity severity,
      String key,
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
            leftProvenance.locate(key).or(() -> leftProvenance.locate(object)).orElse(null),
            rightProvenance.locate(key).or(() -> rightProvenance.locate(object)).orElse(null),
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
