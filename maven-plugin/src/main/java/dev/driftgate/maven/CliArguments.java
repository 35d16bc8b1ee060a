package dev.driftgate.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A driftgate command line built from the goal's parameters: unset parameters add nothing. */
final class CliArguments {
  private final List<String> args = new ArrayList<>();

  CliArguments add(String arg) {
    args.add(arg);
    return this;
  }

  /** {@code name value}, or nothing when the value is null or blank. */
  CliArguments option(String name, String value) {
    if (value != null && !value.isBlank()) {
      args.add(name);
      args.add(value);
    }
    return this;
  }

  CliArguments flag(String name, boolean set) {
    if (set) {
      args.add(name);
    }
    return this;
  }

  List<String> list() {
    return List.copyOf(args);
  }

  /** Entries joined as a classpath, existing ones only (a module may have no classes yet). */
  static String path(List<Path> entries) {
    String joined =
        entries.stream()
            .filter(p -> p.toFile().exists())
            .map(Path::toString)
            .collect(Collectors.joining(File.pathSeparator));
    return joined.isEmpty() ? null : joined;
  }
}
