package dev.driftgate.migrate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which statements fail when a migration runs a second time: CREATE without IF NOT EXISTS or OR
 * REPLACE, ADD COLUMN without IF NOT EXISTS, ADD CONSTRAINT and CREATE TYPE outside a guarding
 * {@code DO} block, DROP without IF EXISTS. A CREATE is fine after a {@code DROP ... IF EXISTS} of
 * the same object in the same file, the usual way to recreate a trigger.
 */
final class IdempotencyRules {
  private static final Set<String> IF_NOT_EXISTS_KINDS =
      Set.of("TABLE", "INDEX", "SEQUENCE", "SCHEMA", "EXTENSION", "MATERIALIZED");
  private static final Set<String> OR_REPLACE_KINDS =
      Set.of("VIEW", "FUNCTION", "PROCEDURE", "TRIGGER", "RULE", "RECURSIVE");
  private static final Set<String> GUARDED_KINDS = Set.of("TYPE", "DOMAIN");
  private static final Set<String> PREFIXES =
      Set.of("UNIQUE", "TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "CONSTRAINT");
  private static final Set<String> CONSTRAINT_WORDS =
      Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN", "EXCLUDE");

  private static final Set<String> COLUMN_CLAUSES =
      Set.of("DEFAULT", "NOT", "EXPRESSION", "IDENTITY", "GENERATED");

  private final Set<String> droppedIfExists = new HashSet<>();

  /** The problem with this statement, or null; call in file order. */
  String check(List<String> t) {
    return switch (t.isEmpty() ? "" : t.get(0)) {
      case "CREATE" -> create(t);
      case "DROP" -> drop(t);
      case "ALTER" -> alter(t);
      default -> null;
    };
  }

  private String create(List<String> t) {
    boolean orReplace = t.size() > 2 && t.get(1).equals("OR") && t.get(2).equals("REPLACE");
    int i = orReplace ? 3 : 1;
    while (i < t.size() && PREFIXES.contains(t.get(i))) {
      i++;
    }
    String kind = i < t.size() ? t.get(i) : "";
    if (orReplace || t.subList(1, i).contains("TEMP") || t.subList(1, i).contains("TEMPORARY")) {
      return null;
    }
    if (droppedIfExists.contains(kind + " " + nameAfter(t, i + 1))) {
      return null;
    }
    if (IF_NOT_EXISTS_KINDS.contains(kind)) {
      return ifNotExists(t, kind.equals("MATERIALIZED") ? i + 2 : i + 1)
          ? null
          : "CREATE " + kind + " without IF NOT EXISTS; write CREATE " + kind + " IF NOT EXISTS";
    }
    if (OR_REPLACE_KINDS.contains(kind)) {
      return "CREATE " + kind + " without OR REPLACE; write CREATE OR REPLACE " + kind;
    }
    if (GUARDED_KINDS.contains(kind)) {
      return "CREATE "
          + kind
          + " outside a DO block fails when it exists; wrap it in DO $$ BEGIN ... EXCEPTION WHEN"
          + " duplicate_object THEN NULL; END $$";
    }
    return null;
  }

  private static boolean ifNotExists(List<String> t, int i) {
    int at = i < t.size() && t.get(i).equals("CONCURRENTLY") ? i + 1 : i;
    return at + 2 < t.size()
        && t.get(at).equals("IF")
        && t.get(at + 1).equals("NOT")
        && t.get(at + 2).equals("EXISTS");
  }

  private String drop(List<String> t) {
    int i = t.size() > 2 && t.get(1).equals("MATERIALIZED") ? 3 : 2;
    int at = i < t.size() && t.get(i).equals("CONCURRENTLY") ? i + 1 : i;
    boolean ifExists =
        at + 1 < t.size() && t.get(at).equals("IF") && t.get(at + 1).equals("EXISTS");
    if (ifExists) {
      droppedIfExists.add(t.get(i - 1) + " " + nameAfter(t, at + 2));
      return null;
    }
    String kind = t.size() > 1 ? t.get(1) : "";
    return "DROP " + kind + " without IF EXISTS; write DROP " + kind + " IF EXISTS";
  }

  private static String alter(List<String> t) {
    if (t.size() < 2 || !(t.get(1).equals("TABLE") || t.get(1).equals("TYPE"))) {
      return null;
    }
    int depth = 0;
    for (int i = 2; i < t.size(); i++) {
      depth += t.get(i).equals("(") ? 1 : t.get(i).equals(")") ? -1 : 0;
      if (depth == 0 && (t.get(i).equals("ADD") || t.get(i).equals("DROP"))) {
        String problem = action(t, i);
        if (problem != null) {
          return problem;
        }
      }
    }
    return null;
  }

  private static String action(List<String> t, int i) {
    String verb = t.get(i);
    String next = i + 1 < t.size() ? t.get(i + 1) : "";
    boolean add = verb.equals("ADD");
    if (add && CONSTRAINT_WORDS.contains(next)) {
      return "ADD CONSTRAINT fails when the constraint exists; guard it in a DO block that checks"
          + " pg_constraint first";
    }
    if (COLUMN_CLAUSES.contains(next)) {
      return null; // ALTER COLUMN c DROP DEFAULT, ADD GENERATED ...: not an object of its own
    }
    boolean column =
        next.equals("COLUMN")
            || next.equals("VALUE")
            || next.equals("ATTRIBUTE")
            || (!add && next.equals("CONSTRAINT"));
    int at = column ? i + 2 : i + 1;
    String guard = add ? "IF NOT EXISTS" : "IF EXISTS";
    boolean guarded =
        at + 1 < t.size()
            && t.get(at).equals("IF")
            && (add ? t.get(at + 1).equals("NOT") : t.get(at + 1).equals("EXISTS"));
    String what = verb + (column ? " " + next : add ? " COLUMN" : " " + next);
    return guarded ? null : what + " without " + guard + "; write " + what + " " + guard;
  }

  private static String nameAfter(List<String> t, int i) {
    if (i + 2 < t.size() && t.get(i + 1).equals(".")) {
      return t.get(i) + "." + t.get(i + 2);
    }
    return i < t.size() ? t.get(i) : "";
  }
}
