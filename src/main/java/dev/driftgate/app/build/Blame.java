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

  private final Map<String, String> locations = new HashMap<>();
  private final Map<String, List<Statement>> tableTouches = new HashMap<>();

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
    return new Provenance(blame.locations);
  }

  private void record(DdlLog.Event event, Statement statement) {
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
      Pattern word =
          Pattern.compile(
              "(?<![A-Za-z0-9_\"])\"?" + Pattern.quote(column.name()) + "\"?(?![A-Za-z0-9_])");
      for (int i = touches.size() - 1; i >= 0; i--) {
        Statement s = touches.get(i);
        Matcher m = word.matcher(s.sql());
        if (m.find()) {
          locations.put(
              table.name().member(column.name()),
              s.location().file() + ":" + s.lineOf(m.start() + 1));
          break;
        }
      }
    }
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
