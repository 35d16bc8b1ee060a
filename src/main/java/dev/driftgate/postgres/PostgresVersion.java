package dev.driftgate.postgres;

import dev.driftgate.error.DriftgateException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The PostgreSQL major versions driftgate runs, each pinned to one release in this one place: the
 * embedded binaries (zonky's artifacts on Maven Central) and the container image use the same
 * release. 15 is bundled with the tool; the others are downloaded on first use and cached.
 */
public enum PostgresVersion {
  V15("15.19.0"),
  V16("16.15.0"),
  V17("17.6.0"),
  V18("18.6.0");

  /** The version whose binaries are on the tool's classpath, and the default. */
  public static final PostgresVersion BUNDLED = V15;

  private final String binaries;

  PostgresVersion(String binaries) {
    this.binaries = binaries;
  }

  public String major() {
    return name().substring(1);
  }

  /** The version of zonky's binaries artifact, e.g. {@code 15.19.0}. */
  public String binaries() {
    return binaries;
  }

  /** The official Docker image of the same release, e.g. {@code postgres:15.19}. */
  public String image() {
    return "postgres:" + binaries.substring(0, binaries.lastIndexOf('.'));
  }

  /** Parses {@code 15}, {@code 16}, {@code 17} or {@code 18}; anything else is bad input. */
  public static PostgresVersion parse(String major) {
    for (PostgresVersion v : values()) {
      if (v.major().equals(major)) {
        return v;
      }
    }
    throw DriftgateException.badInput(
        "--pg-version "
            + major
            + " is not supported (one of "
            + Arrays.stream(values()).map(PostgresVersion::major).collect(Collectors.joining(", "))
            + ")");
  }
}
