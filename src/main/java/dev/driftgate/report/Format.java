package dev.driftgate.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of {@code --format}, each with the file name it gets in an output folder. */
public enum Format {
  TEXT("driftgate.txt"),
  JSON("driftgate.json"),
  JUNIT("driftgate-junit.xml"),
  MARKDOWN("driftgate.md"),
  GITHUB("driftgate-github.txt"),
  SARIF("driftgate.sarif");

  private final String fileName;

  Format(String fileName) {
    this.fileName = fileName;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The standard file name of this format's report inside an {@code --output DIR/}. */
  public String fileName() {
    return fileName;
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
