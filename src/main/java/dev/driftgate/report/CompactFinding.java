package dev.driftgate.report;

import dev.driftgate.diff.Finding;
import dev.driftgate.diff.FindingKind;
import dev.driftgate.diff.Fix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A finding as the default text report shows it: its message on one line, where each side defines
 * the object on the next, a unified diff where both sides hold a long body (instead of two full
 * copies), the first line of the fix, and the findings it causes one line each. {@code --verbose}
 * shows everything in full.
 */
final class CompactFinding {
  /** Values of more lines than this are shown as a diff, or by their first line. */
  static final int SHORT = 3;

  static final int MESSAGE_WIDTH = 200;

  /** How many changed objects a migration probe's message names before "… and N more". */
  static final int OBJECTS = 5;

  private CompactFinding() {}

  /** The lines after the message: locations, diff or values, fix, related findings. */
  static List<String> details(Finding f) {
    List<String> lines = new ArrayList<>();
    locations(f).ifPresent(lines::add);
    if (f.right() != null) {
      lines.addAll(values(f));
    }
    fix(f).ifPresent(lines::add);
    if (!f.related().isEmpty()) {
      lines.add("related (" + f.related().size() + "):");
      f.related().forEach(r -> lines.add("  " + FindingDetail.summary(r)));
    }
    return lines;
  }

  /** Both values where the message does not show them: a diff of long ones. */
  private static List<String> values(Finding f) {
    String present = f.expected() != null ? f.expected() : f.actual();
    if (present == null) {
      return List.of();
    }
    if (f.expected() != null && f.actual() != null) {
      if (isLong(f.expected()) || isLong(f.actual())) {
        return LineDiff.unified(f.expected(), f.actual());
      }
      return inMessage(f)
          ? List.of()
          : List.of(
              f.left().id() + ": " + shown(f.expected()),
              f.right().id() + ": " + shown(f.actual()));
    }
    // one side only: what it defines, unless the fix creates it and so shows it
    boolean created = f.actual() != null && f.fix() instanceof Fix.Sql;
    return created ? List.of() : List.of("definition: " + firstLine(present));
  }

  /** The message on one line, a migration probe's list of objects capped at {@link #OBJECTS}. */
  static String message(Finding f) {
    if (f.kind() == FindingKind.MIGRATION_CHANGES_FRESH_INSTALL
        || f.kind() == FindingKind.MIGRATION_NOT_IDEMPOTENT) {
      // the list is capped already: cut no further, or the count of the rest is lost
      return Visible.line(firstLine(capped(f.message())));
    }
    String line = Visible.line(firstLine(f.message()));
    if (line.length() <= MESSAGE_WIDTH) {
      return line;
    }
    // a long message spells out long values, which the lines below show as a diff
    return f.right() != null && f.expected() != null && f.actual() != null
        ? Visible.line(f.object())
            + ": differs between "
            + f.left().label()
            + " and "
            + f.right().label()
        : line.substring(0, MESSAGE_WIDTH) + "…";
  }

  /** {@code ... changes a (table.missing), b (index.missing), … and 7 more (use --verbose)}. */
  private static String capped(String message) {
    int at = message.indexOf(" changes ");
    if (at < 0) {
      return message;
    }
    String head = message.substring(0, at + " changes ".length());
    // each object ends with its finding kind in parentheses: split after those, not at commas
    List<String> objects = Arrays.asList(message.substring(head.length()).split("(?<=\\)), "));
    if (objects.size() <= OBJECTS) {
      return message;
    }
    return head
        + String.join(", ", objects.subList(0, OBJECTS))
        + ", … and "
        + (objects.size() - OBJECTS)
        + " more (use --verbose)";
  }

  /** Where each side defines the object; nothing when no side says more than its name. */
  private static Optional<String> locations(Finding f) {
    if (f.leftLocation() == null && (f.right() == null || f.rightLocation() == null)) {
      return Optional.empty();
    }
    String left = where(f.left().id(), f.leftLocation(), f.right() != null && f.expected() == null);
    if (f.right() == null) {
      return Optional.of("at " + left);
    }
    return Optional.of(left + " ⇄ " + where(f.right().id(), f.rightLocation(), f.actual() == null));
  }

  private static String where(String source, String location, boolean absent) {
    if (absent) {
      return source + ": absent";
    }
    return location == null ? source : location + " (" + source + ")";
  }

  private static Optional<String> fix(Finding f) {
    if (f.fix() instanceof Fix.Sql sql) {
      return Optional.of("fix: " + firstLine(sql.sql()));
    }
    if (f.fix() instanceof Fix.None none) {
      return Optional.of("no fix: " + firstLine(none.reason()));
    }
    return Optional.empty();
  }

  /** Whether the message already names both values, as a short difference's message does. */
  private static boolean inMessage(Finding f) {
    return f.message().contains(shown(f.expected())) && f.message().contains(shown(f.actual()));
  }

  private static String shown(String value) {
    return value == null ? "(absent)" : value.replaceAll("\\s+", " ").trim();
  }

  private static boolean isLong(String value) {
    return value != null && value.lines().count() > SHORT;
  }

  /** The first line, and how many more there are. */
  static String firstLine(String text) {
    List<String> lines = text.strip().lines().toList();
    if (lines.size() <= 1) {
      return lines.isEmpty() ? "" : lines.get(0);
    }
    int more = lines.size() - 1;
    return lines.get(0)
        + " … ("
        + more
        + " more line"
        + (more == 1 ? "" : "s")
        + "; --verbose shows all)";
  }
}
