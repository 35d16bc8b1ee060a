package dev.driftgate.report;

import dev.driftgate.diff.Finding;
import dev.driftgate.diff.Fix;
import dev.driftgate.diff.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * What every format tells about a finding beyond its message: each side compared with its location
 * and value, then the fix. A line may span several lines when a value does (a view's body).
 */
final class FindingDetail {
  private FindingDetail() {}

  /**
   * {@code setup_databases.sql:288 (setup): character varying(150)}, the other side, then {@code
   * fix: ALTER TABLE …}.
   */
  static List<String> lines(Finding f) {
    List<String> lines = new ArrayList<>();
    if (f.right() == null) {
      if (f.leftLocation() != null) {
        lines.add(where(f.left(), f.leftLocation()));
      }
    } else {
      lines.add(side(f.left(), f.leftLocation(), f.expected()));
      lines.add(side(f.right(), f.rightLocation(), f.actual()));
    }
    String fix = fix(f.fix());
    if (fix != null) {
      lines.add(fix);
    }
    return lines;
  }

  /** {@code error index.missing public.idx_a setup_databases.sql:12}: a finding on one line. */
  static String summary(Finding f) {
    String where = f.location() == null ? "" : "  " + f.location();
    return f.severity().id() + " " + f.kind().id() + " " + Visible.line(f.object() + where);
  }

  /** The ids of the sources compared: the one holding {@code expected}, then the other if any. */
  static String[] sources(Finding f) {
    return f.right() == null
        ? new String[] {f.left().id()}
        : new String[] {f.left().id(), f.right().id()};
  }

  /** {@code fix: SQL}, {@code no fix: reason}, or null when the finding has neither. */
  static String fix(Fix fix) {
    if (fix instanceof Fix.Sql sql) {
      return labelled("fix", sql.sql());
    }
    if (fix instanceof Fix.None none) {
      return labelled("no fix", none.reason());
    }
    return null;
  }

  private static String side(Source source, String location, String value) {
    return labelled(where(source, location), value == null ? "(absent)" : value);
  }

  /** {@code label: value}, or the label alone on its line above a value of several lines. */
  private static String labelled(String label, String value) {
    return label + (value.contains("\n") ? ":\n" : ": ") + value;
  }

  private static String where(Source source, String location) {
    return location == null ? source.id() : location + " (" + source.id() + ")";
  }
}
