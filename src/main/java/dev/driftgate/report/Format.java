package dev.driftgate.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of {@code --format}. */
public enum Format {
  TEXT,
  JSON;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a format id; unknown ids are an argument error the caller reports. */
  public static Format parse(String id) {
    for (Format f : values()) {
      if (f.id().equals(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '"
            + id
            + "' (one of "
            + Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", "))
            + ")");
  }
}
