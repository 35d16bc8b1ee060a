package dev.driftgate.diff;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A canonical type split into its parts: {@code timestamp(3) with time zone} is base {@code
 * timestamp with time zone} with modifier 3; {@code numeric(10,2)} is base {@code numeric} with
 * modifiers 10 and 2; {@code text[]} is base {@code text} with one array dimension.
 *
 * @param first the first modifier (length, precision), or null
 * @param second the second modifier (scale), or null
 * @param array {@code []} per array dimension, or empty
 */
public record TypeName(String base, Integer first, Integer second, String array) {
  private static final Pattern PARTS =
      Pattern.compile(
          "(.+?)(?:\\(\\s*(\\d+)\\s*(?:,\\s*(-?\\d+)\\s*)?\\))?( with(?:out)? time zone)?((?:\\[\\])*)");

  public static TypeName parse(String type) {
    String canonical = Equivalence.canonicalType(type);
    Matcher m = PARTS.matcher(canonical);
    if (!m.matches()) {
      return new TypeName(canonical, null, null, "");
    }
    String base = m.group(1).trim() + (m.group(4) == null ? "" : m.group(4));
    return new TypeName(base, integer(m.group(2)), integer(m.group(3)), m.group(5));
  }

  private static Integer integer(String digits) {
    return digits == null ? null : Integer.valueOf(digits);
  }

  public boolean sameBase(TypeName other) {
    return base.equals(other.base) && array.equals(other.array);
  }

  public boolean isCharacter() {
    return base.equals("character varying") || base.equals("text");
  }

  public boolean isTemporal() {
    return base.startsWith("timestamp") || base.startsWith("time ");
  }

  /** Spelled out again with other modifiers. */
  public String with(Integer newFirst, Integer newSecond) {
    String modifiers =
        newFirst == null ? "" : "(" + newFirst + (newSecond == null ? "" : "," + newSecond) + ")";
    int zone = base.indexOf(" with");
    String spelled =
        zone < 0 ? base + modifiers : base.substring(0, zone) + modifiers + base.substring(zone);
    return spelled + array;
  }

  @Override
  public String toString() {
    return with(first, second);
  }
}
