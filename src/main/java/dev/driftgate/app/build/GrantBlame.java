package dev.driftgate.app.build;

import dev.driftgate.model.Privilege;
import dev.driftgate.model.Securable;
import dev.driftgate.sqlscript.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blames privileges on the {@code GRANT}, {@code REVOKE} or {@code ALTER DEFAULT PRIVILEGES} that
 * last touched them. PostgreSQL's event triggers see these commands but name no object, so the log
 * gives the statements and their text gives the objects: the last one that names both the object
 * (or {@code ALL ... IN SCHEMA} its schema) and the grantee is blamed, at the line naming the
 * object.
 */
final class GrantBlame {
  /** The command tags the DDL log records privilege statements under. */
  static final List<String> TAGS = List.of("GRANT", "REVOKE", "ALTER DEFAULT PRIVILEGES");

  private static final Pattern COLUMN_LIST =
      Pattern.compile("(?i)\\b(?:SELECT|INSERT|UPDATE|REFERENCES)\\s*\\(");

  private final StatementWords grants = new StatementWords();
  private final StatementWords defaults = new StatementWords();

  void add(String tag, Statement statement) {
    (tag.equals("ALTER DEFAULT PRIVILEGES") ? defaults : grants).add(statement);
  }

  /** Puts the location of each privilege a statement explains under its key. */
  void locate(Map<String, Privilege> privileges, Map<String, String> locations) {
    for (Privilege p : privileges.values()) {
      List<Statement> statements =
          (p.on().kind() == Securable.Kind.DEFAULT ? defaults : grants).naming(objectWord(p.on()));
      find(statements, p, s -> fits(p.on(), s))
          .or(() -> find(statements, p, s -> true))
          .ifPresent(location -> locations.put(p.key(), location));
    }
  }

  /**
   * The last of the statements that names the object and the grantee, at the line naming the
   * object; {@code statements} come latest first.
   */
  private static Optional<String> find(
      List<Statement> statements, Privilege p, Predicate<String> fits) {
    Pattern object = word(objectWord(p.on()));
    Pattern allInSchema =
        Pattern.compile(
            "(?i)\\bALL\\s+\\w+\\s+IN\\s+SCHEMA\\s+\"?" + Pattern.quote(p.on().schema() + ""));
    Pattern grantee = grantee(p.grantee());
    for (Statement s : statements) {
      Matcher m = object.matcher(s.sql());
      boolean named = m.find() || (m = allInSchema.matcher(s.sql())).find();
      if (named && (grantee == null || grantee.matcher(s.sql()).find()) && fits.test(s.sql())) {
        return Optional.of(s.location().file() + ":" + s.lineOf(m.start() + 1));
      }
    }
    return Optional.empty();
  }

  /** A table's privileges are best blamed on a statement without column lists, a column's with. */
  private static boolean fits(Securable on, String sql) {
    return switch (on.kind()) {
      case TABLE -> !COLUMN_LIST.matcher(sql).find();
      case COLUMN -> COLUMN_LIST.matcher(sql).find();
      default -> true;
    };
  }

  /** The word a statement names the object by: a column's own name, defaults' object type. */
  private static String objectWord(Securable on) {
    return switch (on.kind()) {
      case SCHEMA -> on.schema();
      case COLUMN, DEFAULT -> on.detail();
      default -> on.name();
    };
  }

  /** None for the owner; {@code PUBLIC} the key word, never the schema in {@code public.t}. */
  private static Pattern grantee(String grantee) {
    return switch (grantee) {
      case Privilege.OWNER -> null;
      case Privilege.PUBLIC -> Pattern.compile("(?i)(?<![\\w\".])PUBLIC(?![\\w\".])");
      default -> word(grantee);
    };
  }

  private static Pattern word(String name) {
    return Pattern.compile(
        "(?i)(?<![A-Za-z0-9_\"])\"?" + Pattern.quote(name) + "\"?(?![A-Za-z0-9_])");
  }
}
