package dev.driftgate.app.verify.fixscript;

import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Fix;
import dev.driftgate.sqlscript.Statement;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One statement of a finding's fix, with what decides its place in the script.
 *
 * @param sql the statement without its terminating semicolon
 * @param rank the finding kind's place in the order of kinds, which breaks ties inside a phase (a
 *     foreign key's constraint is dropped before a unique one, added after it)
 * @param position where it came in the fixes as the findings list them: the last tie-breaker
 * @param name the table or view it creates or drops as written ({@code public."T"}), if any: what
 *     other statements of the same phase may mention and so have to wait for
 */
record FixStatement(String sql, FixPhase phase, int rank, int position, Optional<String> name) {
  private static final String IDENT = "(?:\"(?:[^\"]|\"\")*\"|[A-Za-z_][A-Za-z0-9_$]*)";
  private static final Pattern OBJECT =
      Pattern.compile(
          "^(?:CREATE|DROP)\\s+(?:OR\\s+REPLACE\\s+)?(?:UNLOGGED\\s+|MATERIALIZED\\s+)?"
              + "(?:TABLE|VIEW)\\s+("
              + IDENT
              + "(?:\\."
              + IDENT
              + ")?)");

  /**
   * @param first the first statement of the finding's fix: where a rewrite's phase is decided
   */
  static FixStatement of(Statement statement, Statement first, Finding finding, int position) {
    FixPhase phase =
        Fix.isRewrite(finding.fix()) ? FixPhase.rewriteOf(first) : FixPhase.of(statement);
    return of(statement, phase, finding.kind(), position);
  }

  /** A statement of the given phase, made for a finding of {@code kind}. */
  static FixStatement of(Statement statement, FixPhase phase, FindingKind kind, int position) {
    String sql = statement.sql();
    Matcher m = OBJECT.matcher(sql);
    boolean ofView = kind == FindingKind.VIEW_MISSING || kind == FindingKind.VIEW_MISMATCH;
    return new FixStatement(
        sql,
        ofView && phase == FixPhase.CREATE_INDEX ? FixPhase.VIEW_INDEX : phase,
        kind.ordinal(),
        position,
        m.find() ? Optional.of(m.group(1)) : Optional.empty());
  }

  /** What finds this statement's object named in a text, qualified or not; none if it has none. */
  Optional<Pattern> mention() {
    return name.map(FixStatement::mention);
  }

  static Pattern mention(String written) {
    int dot = lastDot(written);
    String bare = dot < 0 ? written : written.substring(dot + 1);
    String schema = dot < 0 ? "" : written.substring(0, dot + 1);
    String boundary = "[A-Za-z0-9_$\"]";
    return Pattern.compile(
        "(?<!"
            + boundary
            + ")(?:"
            + Pattern.quote(schema)
            + ")?"
            + Pattern.quote(bare)
            + "(?!"
            + boundary
            + ")");
  }

  /** The dot between schema and name: the last one outside double quotes. */
  private static int lastDot(String written) {
    boolean quoted = false;
    int dot = -1;
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '.' && !quoted) {
        dot = i;
      }
    }
    return dot;
  }
}
