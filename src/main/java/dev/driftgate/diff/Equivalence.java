package dev.driftgate.diff;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's equivalences, in one place: spellings that name the same type, default expressions
 * that produce the same value, function bodies that differ only in layout, and the names PostgreSQL
 * generates for constraints and indexes. Each rule is narrow on purpose: it removes a known false
 * alarm and nothing else (see the equivalence scenarios of the drift zoo).
 */
public final class Equivalence {
  private static final Map<String, String> TYPE_ALIASES =
      Map.ofEntries(
          Map.entry("int", "integer"),
          Map.entry("int4", "integer"),
          Map.entry("serial", "integer"),
          Map.entry("serial4", "integer"),
          Map.entry("int8", "bigint"),
          Map.entry("bigserial", "bigint"),
          Map.entry("serial8", "bigint"),
          Map.entry("int2", "smallint"),
          Map.entry("smallserial", "smallint"),
          Map.entry("serial2", "smallint"),
          Map.entry("float8", "double precision"),
          Map.entry("float", "double precision"),
          Map.entry("float4", "real"),
          Map.entry("bool", "boolean"),
          Map.entry("decimal", "numeric"),
          Map.entry("varchar", "character varying"),
          Map.entry("char", "character"),
          Map.entry("bpchar", "character"),
          Map.entry("timestamptz", "timestamp with time zone"),
          Map.entry("timestamp", "timestamp without time zone"),
          Map.entry("timetz", "time with time zone"),
          Map.entry("time", "time without time zone"),
          Map.entry("varbit", "bit varying"));

  private static final Pattern TYPE_WITH_MODIFIER =
      Pattern.compile("([a-z0-9_ ]+?)\\s*(\\(.*\\))?(\\[\\])*");
  private static final Pattern DATETIME_FULL_PRECISION =
      Pattern.compile("(timestamp|time)\\(6\\)( with(out)? time zone)");
  private static final Pattern NOW_SPELLINGS =
      Pattern.compile(
          "\\b(now\\(\\)|CURRENT_TIMESTAMP|transaction_timestamp\\(\\))(::timestamp with time zone)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern STRING_LITERAL_CAST =
      Pattern.compile("^('(?:[^']|'')*')::(text|character varying|character|bpchar|varchar)$");
  private static final Pattern NUMERIC_LITERAL_CAST =
      Pattern.compile(
          "^\\(?(-?[0-9]+(?:\\.[0-9]+)?)\\)?::(integer|bigint|smallint|numeric|real|double precision)$");

  /** A parenthesised expression, or one cast: {@code (x)}, {@code x::character varying(20)[]}. */
  private static final Pattern PARENTHESISED = Pattern.compile("^\\((.*)\\)$", Pattern.DOTALL);

  private static final Pattern CAST =
      Pattern.compile(
          "^(.*?)\\s*::\\s*(?:\"[^\"]+\"|[a-z_][a-z0-9_ .\"]*)(?:\\([0-9, ]+\\))?(?:\\[\\])*$",
          Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  /**
   * A string literal cast to a character type, then to text: {@code 'a'::character varying::text},
   * or with parentheses, as the catalog prints it without pretty-printing.
   */
  private static final Pattern LITERAL_RECAST =
      Pattern.compile(
          "\\(('(?:[^']|'')*')::(?:character varying|bpchar)\\)::text"
              + "|('(?:[^']|'')*')::(?:character varying|bpchar)::text");

  /**
   * An array of such literals cast as a whole: {@code ARRAY['a'::character varying]::text[]}, or
   * with parentheses.
   */
  private static final Pattern ARRAY_RECAST =
      Pattern.compile(
          "\\(ARRAY\\[((?:'(?:[^']|'')*'::(?:character varying|bpchar)(?:, )?)+)\\]\\)::text\\[\\]"
              + "|ARRAY\\[((?:'(?:[^']|'')*'::(?:character varying|bpchar)(?:, )?)+)\\]::text\\[\\]");

  private static final Pattern CHARACTER_LITERAL =
      Pattern.compile("('(?:[^']|'')*')::(?:character varying|bpchar)");

  private static final Pattern GENERATED_SUFFIX =
      Pattern.compile(".*_(pkey|fkey|key|check|excl|idx)[0-9]*");

  private Equivalence() {}

  /**
   * A type spelled canonically: aliases resolved, the default precision of datetime types dropped.
   */
  public static String canonicalType(String type) {
    if (type == null) {
      return null;
    }
    String t = type.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    t = expandAlias(t);
    Matcher full = DATETIME_FULL_PRECISION.matcher(t);
    return full.replaceAll("$1$2");
  }

  private static String expandAlias(String type) {
    Matcher m = TYPE_WITH_MODIFIER.matcher(type);
    if (!m.matches()) {
      return type;
    }
    String base = m.group(1).trim();
    String modifier = m.group(2) == null ? "" : m.group(2);
    String array = type.substring(m.end(2) < 0 ? m.end(1) : m.end(2));
    if (base.equals("float") && !modifier.isEmpty()) {
      // float(p) is real up to 24 binary digits and double precision above
      String digits = modifier.replaceAll("[^0-9]", "");
      int bits = digits.isEmpty() ? 53 : Integer.parseInt(digits);
      return (bits <= 24 ? "real" : "double precision") + array;
    }
    String canonical = TYPE_ALIASES.getOrDefault(base, base);
    if (canonical.endsWith(" time zone") && !modifier.isEmpty()) {
      // timestamptz(3) means timestamp(3) with time zone
      int space = canonical.indexOf(' ');
      return canonical.substring(0, space) + modifier + canonical.substring(space) + array;
    }
    if (base.equals("timestamp") || base.equals("time")) {
      return base + modifier + " without time zone" + array;
    }
    return canonical + modifier + array;
  }

  public static boolean sameType(String left, String right) {
    return Objects.equals(canonicalType(left), canonicalType(right));
  }

  /**
   * A default expression with equivalent spellings of the same value folded together; null for no
   * default, and for {@code DEFAULT NULL} in any cast, which inserts what no default inserts.
   */
  public static String canonicalDefault(String expression) {
    if (expression == null || isNull(expression)) {
      return null;
    }
    String e = canonicalExpression(expression.trim());
    e = NOW_SPELLINGS.matcher(e).replaceAll("now()");
    Matcher string = STRING_LITERAL_CAST.matcher(e);
    if (string.matches()) {
      return string.group(1);
    }
    Matcher number = NUMERIC_LITERAL_CAST.matcher(e);
    if (number.matches()) {
      return number.group(1);
    }
    return e;
  }

  /** Whether an expression is the null constant, perhaps parenthesised and cast. */
  static boolean isNull(String expression) {
    String e = expression.trim();
    while (true) {
      Matcher parens = PARENTHESISED.matcher(e);
      Matcher cast = CAST.matcher(e);
      if (parens.matches()) {
        e = parens.group(1).trim();
      } else if (cast.matches() && !cast.group(1).isEmpty()) {
        e = cast.group(1).trim();
      } else {
        return e.equalsIgnoreCase("NULL");
      }
    }
  }

  /**
   * A deparsed expression (a check, an index predicate) with the casts PostgreSQL spells two ways
   * folded together. A column compared with a list of strings deparses as {@code
   * ((ARRAY['a'::character varying])::text[])} when created, and as {@code (ARRAY[('a'::character
   * varying)::text])} once {@code ALTER COLUMN ... TYPE} (even to the same type) has re-parsed it:
   * both are {@code ARRAY['a'::text]}.
   */
  public static String canonicalExpression(String expression) {
    if (expression == null) {
      return null;
    }
    Matcher literal = LITERAL_RECAST.matcher(expression);
    StringBuilder recast = new StringBuilder();
    while (literal.find()) {
      String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
      literal.appendReplacement(recast, Matcher.quoteReplacement(text + "::text"));
    }
    literal.appendTail(recast);
    Matcher array = ARRAY_RECAST.matcher(recast);
    StringBuilder out = new StringBuilder();
    while (array.find()) {
      String list = array.group(1) != null ? array.group(1) : array.group(2);
      String elements = CHARACTER_LITERAL.matcher(list).replaceAll("$1::text");
      array.appendReplacement(out, Matcher.quoteReplacement("ARRAY[" + elements + "]"));
    }
    array.appendTail(out);
    return out.toString();
  }

  public static boolean sameDefault(String left, String right) {
    return Objects.equals(canonicalDefault(left), canonicalDefault(right));
  }

  /**
   * Function bodies compare equal when they differ only in whitespace and comments outside string
   * literals.
   */
  public static boolean sameBody(String left, String right) {
    return Objects.equals(BodyText.canonical(left), BodyText.canonical(right));
  }

  /**
   * Whether {@code name} looks like a name PostgreSQL chose itself for a constraint or index of
   * {@code table} ({@code users_pkey}, {@code users_email_key}, {@code users_org_id_fkey}, {@code
   * users_age_check1}, {@code users_lower_idx}). Such names differ between two builds for no reason
   * a user controls.
   */
  public static boolean isGeneratedName(String table, String name) {
    if (name == null || !GENERATED_SUFFIX.matcher(name).matches()) {
      return false;
    }
    String stem = table.length() > 20 ? table.substring(0, 20) : table;
    return name.startsWith(stem);
  }

  /**
   * Storage parameters ({@code pg_class.reloptions}, {@code name=value}) as a sorted map: the order
   * they were given in does not matter, nor the spelling of a boolean ({@code off} = {@code false})
   * or of a number ({@code 0.10} = {@code 0.1}).
   */
  public static SortedMap<String, String> storageParameters(List<String> options) {
    SortedMap<String, String> canonical = new TreeMap<>();
    for (String option : options) {
      int eq = option.indexOf('=');
      String name = eq < 0 ? option : option.substring(0, eq);
      canonical.put(name, eq < 0 ? "true" : storageValue(option.substring(eq + 1)));
    }
    return canonical;
  }

  private static String storageValue(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    switch (v) {
      case "on", "true", "yes" -> {
        return "true";
      }
      case "off", "false", "no" -> {
        return "false";
      }
      default -> {
        // a number or anything else
      }
    }
    try {
      return new BigDecimal(v).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return value;
    }
  }
}
