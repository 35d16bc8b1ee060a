package dev.driftgate.sqlscript;

/**
 * Recognizes the {@link SessionStatement}s by their tokens, in the forms PostgreSQL accepts: {@code
 * SET [SESSION | LOCAL] standard_conforming_strings {TO | =} value | DEFAULT}, {@code RESET}, a
 * plain {@code SELECT [pg_catalog.]set_config('standard_conforming_strings', value, is_local)} as
 * pg_dump writes it, and the transaction commands. A value PostgreSQL would refuse makes the
 * statement fail, so it changes nothing.
 */
final class SessionStatementParser {
  private static final String SETTING = "standard_conforming_strings";
  private static final SessionStatement OTHER = new SessionStatement.Other();

  private SessionStatementParser() {}

  static SessionStatement parse(Lexemes t) {
    if (t.isWord(0, "SET")) {
      return set(t);
    } else if (t.isWord(0, "RESET")) {
      boolean resets = t.size() == 2 && (t.isWord(1, "ALL") || isSetting(t.name(1)));
      return resets ? new SessionStatement.SetStrings(null, false) : OTHER;
    } else if (t.isWord(0, "SELECT")) {
      return setConfig(t);
    } else if (t.isWord(0, "DISCARD") && t.isWord(1, "ALL") && t.size() == 2) {
      return new SessionStatement.DiscardAll();
    } else if (t.isWord(0, "BEGIN") || (t.isWord(0, "START") && t.isWord(1, "TRANSACTION"))) {
      return new SessionStatement.Begin();
    } else if (t.isWord(0, "PREPARE") && t.isWord(1, "TRANSACTION")) {
      return new SessionStatement.End(true, false);
    }
    return savepointOrEnd(t);
  }

  private static SessionStatement savepointOrEnd(Lexemes t) {
    if (t.isWord(0, "SAVEPOINT") && t.size() == 2 && t.name(1) != null) {
      return new SessionStatement.Savepoint(t.name(1));
    }
    if (t.isWord(0, "RELEASE")) {
      int i = t.isWord(1, "SAVEPOINT") ? 2 : 1;
      return t.size() == i + 1 && t.name(i) != null
          ? new SessionStatement.Release(t.name(i))
          : OTHER;
    }
    boolean commit = t.isWord(0, "COMMIT") || t.isWord(0, "END");
    boolean rollback = t.isWord(0, "ROLLBACK") || t.isWord(0, "ABORT");
    if ((!commit && !rollback) || t.isWord(1, "PREPARED")) {
      return OTHER;
    }
    int i = t.isWord(1, "WORK") || t.isWord(1, "TRANSACTION") ? 2 : 1;
    if (t.isWord(0, "ROLLBACK") && t.isWord(i, "TO")) {
      int name = t.isWord(i + 1, "SAVEPOINT") ? i + 2 : i + 1;
      return t.size() == name + 1 && t.name(name) != null
          ? new SessionStatement.RollbackTo(t.name(name))
          : OTHER;
    }
    boolean chain = t.isWord(i, "AND") && t.isWord(i + 1, "CHAIN");
    return new SessionStatement.End(commit, chain);
  }

  // SET [SESSION | LOCAL] standard_conforming_strings {TO | =} {value | DEFAULT}
  private static SessionStatement set(Lexemes t) {
    boolean local = t.isWord(1, "LOCAL");
    int i = local || t.isWord(1, "SESSION") ? 2 : 1;
    boolean assigns = t.isWord(i + 1, "TO") || t.isSymbol(i + 1, "=");
    if (!isSetting(t.name(i)) || !assigns || t.size() != i + 3) {
      return OTHER;
    }
    if (t.isWord(i + 2, "DEFAULT")) {
      return new SessionStatement.SetStrings(null, local);
    }
    Boolean value = bool(t.value(i + 2));
    return value == null ? OTHER : new SessionStatement.SetStrings(value, local);
  }

  // SELECT [pg_catalog.]set_config('standard_conforming_strings', 'off', false) [[AS] name]
  private static SessionStatement setConfig(Lexemes t) {
    int i = "pg_catalog".equals(t.name(1)) && t.isSymbol(2, ".") ? 3 : 1;
    boolean call =
        "set_config".equals(t.name(i))
            && t.isSymbol(i + 1, "(")
            && isSetting(t.string(i + 2))
            && t.isSymbol(i + 3, ",")
            && t.isSymbol(i + 5, ",")
            && t.isSymbol(i + 7, ")")
            && isAlias(t, i + 8);
    if (!call) {
      return OTHER;
    }
    Boolean value = bool(t.string(i + 4));
    Boolean local = t.string(i + 6) != null ? bool(t.string(i + 6)) : keyword(t, i + 6);
    return value == null || local == null ? OTHER : new SessionStatement.SetStrings(value, local);
  }

  // Nothing after the call, or a column alias: [AS] name.
  private static boolean isAlias(Lexemes t, int i) {
    int name = t.isWord(i, "AS") ? i + 1 : i;
    return t.size() == i || (t.size() == name + 1 && t.name(name) != null);
  }

  private static Boolean keyword(Lexemes t, int i) {
    return t.isWord(i, "TRUE") ? Boolean.TRUE : t.isWord(i, "FALSE") ? Boolean.FALSE : null;
  }

  private static Boolean bool(String value) {
    return value == null ? null : PgBool.parse(value);
  }

  // Setting names compare without regard to ASCII case, also when double-quoted.
  private static boolean isSetting(String name) {
    return name != null && Lexemes.asciiLower(name).equals(SETTING);
  }
}
