package dev.driftgate.sqlscript;

import java.util.List;
import java.util.regex.Pattern;

/** Renders lexer output in the readable golden-file format. */
final class ItemRenderer {
  static final String HEADER =
      "# SqlLexer.split output; regenerate with mvn test -Dgolden.update=true\n";
  static final String STATEMENT_END = "----";
  static final String COPY_DATA = "-- COPY data:";
  static final String COPY_END = "-- end of COPY data";
  private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_./-]+");

  private ItemRenderer() {}

  static String render(List<ScriptItem> items) {
    StringBuilder out = new StringBuilder(HEADER);
    for (ScriptItem item : items) {
      out.append(item.location().line()).append(' ').append(render(item)).append('\n');
    }
    return out.toString();
  }

  private static String render(ScriptItem item) {
    if (item instanceof Statement s) {
      String mode = s.standardStrings() ? "" : " standard_conforming_strings=off";
      String data = s.copyData() == null ? "" : "\n" + COPY_DATA + "\n" + copyData(s.copyData());
      return s.kind() + mode + "\n" + s.sql().replace("\r", "<CR>") + data + "\n" + STATEMENT_END;
    }
    if (item instanceof MetaCommand.Connect c) {
      return "\\c " + argument(c.database());
    }
    if (item instanceof MetaCommand.Include i) {
      return (i.relativeToScript() ? "\\ir " : "\\i ") + argument(i.path());
    }
    if (item instanceof MetaCommand.SetVariable v) {
      return "\\set " + v.name() + " " + argument(v.value());
    }
    if (item instanceof MetaCommand.UnsetVariable u) {
      return "\\unset " + u.name();
    }
    if (item instanceof MetaCommand.Echo e) {
      return "\\echo " + argument(e.text());
    }
    if (item instanceof MetaCommand.ClientOnly c) {
      return c.name() + (c.argument().isEmpty() ? "" : " " + argument(c.argument()));
    }
    return "\\q";
  }

  // Line ends shown as they are; data that ends without one says so.
  private static String copyData(String data) {
    String shown = data.replace("\r", "<CR>");
    return (data.isEmpty() || data.endsWith("\n") ? shown : shown + "<no line end>\n") + COPY_END;
  }

  /** A value as a psql argument: bare when unambiguous, else single-quoted with escapes. */
  static String argument(String value) {
    if (BARE.matcher(value).matches()) {
      return value;
    }
    String escaped =
        value
            .replace("\\", "\\\\")
            .replace("'", "''")
            .replace("\n", "\\n")
            .replace("\r", "\\r")
            .replace("\t", "\\t");
    return "'" + escaped + "'";
  }
}
