package dev.driftgate.diff;

/** What removes a difference: SQL to run, or why no SQL can be derived. */
public sealed interface Fix permits Fix.Sql, Fix.None {

  /**
   * SQL that brings the first source of the comparison in line with the second.
   *
   * @param rewrite whether the statements are one step that must run as written, in that order (an
   *     object moved aside, made again, its contents brought over, the old one dropped), rather
   *     than statements a fix script may sort among others'
   */
  record Sql(String sql, boolean rewrite) implements Fix {
    public Sql(String sql) {
      this(sql, false);
    }
  }

  /** No SQL can be derived; {@code reason} says why and what to do instead. */
  record None(String reason) implements Fix {}

  static Fix sql(String sql) {
    return new Sql(sql);
  }

  /** Statements that run together, in the order written: see {@link Sql#rewrite}. */
  static Fix rewrite(String sql) {
    return new Sql(sql, true);
  }

  static Fix none(String reason) {
    return new None(reason);
  }

  /** Whether {@code fix} is a rewrite: SQL whose statements must keep their order. */
  static boolean isRewrite(Fix fix) {
    return fix instanceof Sql sql && sql.rewrite();
  }
}
