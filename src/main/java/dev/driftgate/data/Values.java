package dev.driftgate.data;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values of one column type, as {@code COPY}'s text format spells them, as a pure function of
 * the row number: the same seed and row give the same value. {@link Mode} says what a row may hold:
 * a value no other row has, one of a few repeated values, or an edge value (zero, a maximum, an
 * empty string) where the type has one.
 */
final class Values {
  /** What the values of a column must be. */
  enum Mode {
    UNIQUE,
    PLAIN,
    EDGE,
    /** Plain values, booleans false and nullable columns NULL: what consistency checks accept. */
    MINIMAL
  }

  private enum Family {
    INTEGER,
    NUMERIC,
    FLOAT,
    TEXT,
    BOOLEAN,
    DATE,
    TIMESTAMP,
    TIME,
    UUID,
    JSON,
    BYTEA,
    INET,
    INTERVAL,
    ARRAY,
    LABELS,
    PATTERN
  }

  private static final Pattern LENGTH = Pattern.compile("\\((\\d+)(?:,(\\d+))?\\)");

  private final Family family;
  private final BigInteger max;
  private final int length;
  private final int scale;
  private final List<String> labels;
  private final RegexValues pattern;
  private final int shift;

  private Values(Family family, BigInteger max, int length, int scale, List<String> labels) {
    this(family, max, length, scale, labels, null, 0);
  }

  private Values(
      Family family,
      BigInteger max,
      int length,
      int scale,
      List<String> labels,
      RegexValues pattern,
      int shift) {
    this.family = family;
    this.max = max;
    this.length = length;
    this.scale = scale;
    this.labels = List.copyOf(labels);
    this.pattern = pattern;
    this.shift = shift;
  }

  /** Values that match a check's regular expression. */
  static Values matching(RegexValues pattern) {
    return new Values(Family.PATTERN, null, 0, 0, List.of(), pattern, 0);
  }

  /**
   * The same values, dates and times moved on by {@code days}: a table's later columns get later
   * dates, so that {@code CHECK (ends_on >= starts_on)} holds for generated rows.
   */
  Values shifted(int days) {
    return new Values(family, max, length, scale, labels, pattern, days);
  }

  /** How many distinct values there are (capped): a unique column holds no more rows. */
  long capacity() {
    return switch (family) {
      case LABELS -> labels.size();
      case BOOLEAN -> 2;
      case PATTERN -> pattern.capacity();
      case INTEGER -> max.min(BigInteger.valueOf(Long.MAX_VALUE)).longValue();
      case TEXT -> length == 0 || length > 10 ? Long.MAX_VALUE : (long) Math.pow(36, length);
      default -> Long.MAX_VALUE;
    };
  }

  /** Values taken in turn from a list: an enum's labels, the literals a check allows. */
  static Values labels(List<String> labels) {
    return new Values(Family.LABELS, null, 0, 0, labels);
  }

  /**
   * Values of a built-in type as {@code format_type} prints it, or null for a type unknown here.
   */
  static Values of(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    if (t.endsWith("[]")) {
      return simple(Family.ARRAY);
    }
    Matcher m = LENGTH.matcher(t);
    int first = m.find() ? Integer.parseInt(m.group(1)) : 0;
    int second = first > 0 && m.group(2) != null ? Integer.parseInt(m.group(2)) : 0;
    String base = t.replaceAll("\\(.*?\\)", "").strip();
    return switch (base) {
      case "smallint" -> integer(15);
      case "integer" -> integer(31);
      case "bigint" -> integer(63);
      case "numeric" ->
          new Values(Family.NUMERIC, null, first == 0 ? 12 : first, second, List.of());
      case "real", "double precision" -> simple(Family.FLOAT);
      case "text", "citext", "name" -> new Values(Family.TEXT, null, 0, 0, List.of());
      case "character varying", "character", "bpchar" ->
          new Values(
              Family.TEXT, null, base.equals("character") && first == 0 ? 1 : first, 0, List.of());
      case "boolean" -> simple(Family.BOOLEAN);
      case "date" -> simple(Family.DATE);
      case "timestamp without time zone", "timestamp with time zone" -> simple(Family.TIMESTAMP);
      case "time without time zone", "time with time zone" -> simple(Family.TIME);
      case "uuid" -> simple(Family.UUID);
      case "json", "jsonb" -> simple(Family.JSON);
      case "bytea" -> simple(Family.BYTEA);
      case "inet", "cidr" -> simple(Family.INET);
      case "interval" -> simple(Family.INTERVAL);
      default -> null;
    };
  }

  private static Values simple(Family family) {
    return new Values(family, null, 0, 0, List.of());
  }

  private static Values integer(int bits) {
    return new Values(
        Family.INTEGER, BigInteger.TWO.pow(bits).subtract(BigInteger.ONE), 0, 0, List.of());
  }

  /** Whether the type holds text, so that a check's quoted literals are candidate values. */
  boolean textual() {
    return family == Family.TEXT || family == Family.LABELS;
  }

  /** The value of row {@code row} (0-based) in this mode. */
  String value(long row, Mode mode) {
    long n = mode == Mode.UNIQUE ? row : row % 5;
    long day = n + shift;
    if (mode == Mode.EDGE) {
      String edge = edge(row % 10);
      if (edge != null) {
        return edge;
      }
    }
    return switch (family) {
      case INTEGER -> Long.toString(n + 1);
      case NUMERIC -> numeric(n + 1);
      case FLOAT -> (n + 1) + ".5";
      case TEXT -> text(n);
      case BOOLEAN -> n % 2 == 0 && mode != Mode.MINIMAL ? "t" : "f";
      case DATE -> LocalDate.of(2020, 1, 1).plusDays(day).toString();
      case TIMESTAMP -> LocalDate.of(2020, 1, 1).plusDays(day) + " " + (n % 24) + ":30:00";
      case TIME -> (shift % 24) + ":" + (n % 60) + ":00";
      case UUID -> String.format("00000000-0000-4000-8000-%012x", n);
      case JSON -> "{\"n\": " + n + "}";
      case BYTEA -> "\\x" + String.format("%02x", n % 256);
      case INET -> "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
      case INTERVAL -> (n + 1) + " minutes";
      case ARRAY -> "{}";
      case LABELS -> labels.get((int) (row % labels.size()));
      case PATTERN -> pattern.value(mode == Mode.UNIQUE ? row : row % 5);
    };
  }

  /** An edge value for some rows, or null to take the ordinary one. */
  private String edge(long slot) {
    return switch (family) {
      case INTEGER -> slot == 0 ? "0" : slot == 1 ? max.toString() : slot == 2 ? "-1" : null;
      case NUMERIC -> slot == 0 ? "0" : slot == 1 ? nines() : null;
      case TEXT -> slot == 0 ? "" : slot == 1 ? "x".repeat(length == 0 ? 64 : length) : null;
      case JSON -> slot == 0 ? "{}" : null;
      default -> null;
    };
  }

  private String numeric(long n) {
    String integral = Long.toString(n);
    int digits = Math.max(1, length - scale);
    if (integral.length() > digits) {
      integral = integral.substring(integral.length() - digits);
    }
    return scale == 0 ? integral : integral + "." + "5".repeat(scale);
  }

  private String nines() {
    String integral = length - scale > 0 ? "9".repeat(length - scale) : "0";
    return scale == 0 ? integral : integral + "." + "9".repeat(scale);
  }

  private String text(long n) {
    String text = "v" + n;
    if (length > 0 && text.length() > length) {
      text = Long.toString(n, 36);
    }
    return text;
  }
}
