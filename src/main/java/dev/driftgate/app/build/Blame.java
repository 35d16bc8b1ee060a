package dev.driftgate.app.build;

import dev.driftgate.catalog.DdlLog;
import dev.driftgate.migrate.StatementJournal;
import dev.driftgate.model.Catalog;
import dev.driftgate.model.Column;
import dev.driftgate.model.Provenance;
import dev.driftgate.model.Table;
import dev.driftgate.sqlscript.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a database's DDL log into {@link Provenance}: for each object, the statement that created
 * or last altered it. PostgreSQL logs a column change as a change of its table, so a column is
 * blamed on the last statement that touched its table and names the column, at the line where it
 * names it — inside a {@code DO} block too.
 */
final class Blame {
  private static final Pattern MEMBER_IDENTITY = Pattern.compile("(.+) on (.+)");
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");

  private final Map<String, String> locations = new HashMap<>();
  private final Map<String, List<Statement>> tableTouches = new HashMap<>();
  private final GrantBlame grants = new GrantBlame();
  private final Map<Statement, Map<String, Integer>> mentions = new IdentityHashMap<>();

  private Blame() {}

  static Provenance of(List<DdlLog.Event> events, StatementJournal journal, Catalog catalog) {
    Blame blame = new Blame();
    for (DdlLog.Event event : events) {
      Statement statement = journal.get(event.statementId());
      if (statement != null) {
        blame.record(event, statement);
      }
    }
    catalog.tables().values().forEach(blame::columns);
    blame.grants.locate(catalog.privileges(), blame.locations);
    return new Provenance(blame.locations);
  }

  private void record(DdlLog.Event event, Statement statement) {
    if (GrantBlame.TAGS.contains(event.objectType())) {
      grants.add(event.objectType(), statement);
      return;
    }
    String key = key(event.objectType(), event.identity());
    if (event.dropped()) {
      locations.remove(key);
      return;
    }
    locations.put(key, statement.location().toString());
    if (event.objectType().equals("table")) {
      tableTouches.computeIfAbsent(key, k -> new ArrayList<>()).add(statement);
    }
  }

  private void columns(Table table) {
    List<Statement> touches = tableTouches.getOrDefault(table.name().toString(), List.of());
    for (Column column : table.columns()) {
      boolean word = WORD.matcher(column.name()).matches();
      for (int i = touches.size() - 1; i >= 0; i--) {
        Statement s = touches.get(i);
        int at =
            word
                ? mentions
                    .computeIfAbsent(s, k -> firstMentions(k.sql()))
                    .getOrDefault(column.name(), -1)
                : firstMention(s.sql(), column.name());
        if (at >= 0) {
          locations.put(
              table.name().member(column.name()), s.location().file() + ":" + s.lineOf(at + 1));
          break;
        }
      }
    }
  }

  /**
   * Where {@code sql} first names {@code name} as a whole word, plain or in double quotes (the
   * quote's position then); -1 if nowhere.
   */
  static int firstMention(String sql, String name) {
    Matcher m =
        Pattern.compile("(?<![A-Za-z0-9_\"])\"?" + Pattern.quote(name) + "\"?(?![A-Za-z0-9_])")
            .matcher(sql);
    return m.find() ? m.start() : -1;
  }

  /**
   * {@link #firstMention} of every word of {@code sql} at once, read in one pass: a table's columns
   * are looked for in the same statements (a regular expression per column cost 0.3 s at 9,000
   * columns).
   */
  static Map<String, Integer> firstMentions(String sql) {
    Map<String, Integer> first = new HashMap<>();
    int i = 0;
    while (i < sql.length()) {
      if (!wordChar(sql, i)) {
        i++;
        continue;
      }
      int begin = i;
      while (wordChar(sql, i)) {
        i++;
      }
      // a word right after a quote is named in quotes, unless that quote follows a word or a quote
      boolean quoted = begin > 0 && sql.charAt(begin - 1) == '"';
      if (quoted && (wordChar(sql, begin - 2) || (begin > 1 && sql.charAt(begin - 2) == '"'))) {
        continue;
      }
      first.putIfAbsent(sql.substring(begin, i), quoted ? begin - 1 : begin);
    }
    return first;
  }

  private static boolean wordChar(String s, int i) {
    if (i < 0 || i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** The object name findings use, from PostgreSQL's object type and identity. */
  static String key(String objectType, String identity) {
    String plain = unquote(identity);
    if (objectType.equals("default value") && plain.startsWith("for ")) {
      return plain.substring(4);
    }
    Matcher member = MEMBER_IDENTITY.matcher(plain);
    if (member.matches() && !objectType.equals("function") && !objectType.equals("procedure")) {
      return member.group(2) + "." + member.group(1);
    }
    return plain;
  }

  /** Removes identifier quoting: {@code public."Users"} becomes {@code public.Users}. */
  static String unquote(String identity) {
    StringBuilder out = new StringBuilder(identity.length());
    boolean quoted = false;
    for (int i = 0; i < identity.length(); i++) {
      char c = identity.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < identity.length() && identity.charAt(i + 1) == '"') {
          out.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
