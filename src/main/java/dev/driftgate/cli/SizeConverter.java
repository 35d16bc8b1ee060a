package dev.driftgate.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Sizes on the command line, in bytes: {@code 500MB}, {@code 8GB}, {@code 1TB} (units of 1024),
 * bare numbers in bytes, {@code 0} or {@code none} for no limit.
 */
final class SizeConverter implements ITypeConverter<Long> {
  private static final Pattern FORM = Pattern.compile("([0-9]{1,9})\\s*(b|kb|mb|gb|tb)?");

  @Override
  public Long convert(String value) {
    String text = value.trim().toLowerCase(Locale.ROOT);
    if (text.equals("none")) {
      return 0L;
    }
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new TypeConversionException(
          "'" + value + "' is not a size; write e.g. 500MB, 8GB, or 0 or none for no limit");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "b" : m.group(2);
    int shift =
        switch (unit) {
          case "kb" -> 10;
          case "mb" -> 20;
          case "gb" -> 30;
          case "tb" -> 40;
          default -> 0;
        };
    return n << shift;
  }
}
