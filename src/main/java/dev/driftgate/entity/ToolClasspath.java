package dev.driftgate.entity;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The classpath entity sources compile against: driftgate's own, plus the jars of Jakarta
 * Persistence, Hibernate, Jakarta Validation and Hibernate Validator wherever they were loaded from
 * (a launcher's jar may name them only in its manifest).
 */
final class ToolClasspath {
  private ToolClasspath() {}

  static String get() {
    Set<String> entries = new LinkedHashSet<>();
    String own = System.getProperty("java.class.path", "");
    Arrays.stream(own.split(File.pathSeparator)).filter(e -> !e.isBlank()).forEach(entries::add);
    entries.add(locationOf(jakarta.persistence.Entity.class));
    entries.add(locationOf(org.hibernate.annotations.JdbcTypeCode.class));
    entries.add(locationOf(jakarta.validation.constraints.NotNull.class));
    entries.add(locationOf(org.hibernate.validator.constraints.Length.class));
    entries.remove(null);
    return String.join(File.pathSeparator, entries);
  }

  private static String locationOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return null;
    }
    try {
      return Path.of(source.getLocation().toURI()).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
