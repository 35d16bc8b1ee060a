package dev.driftgate.entity;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a mapping is declared: {@code entities/dev/x/Foo.java:12} for the line that declares a
 * class or field when the sources are at hand, {@code dev.x.Foo#field} for compiled classes. Lines
 * are found by scanning the source for the declaration, which is exact for the way entities are
 * written (one declaration per line) and falls back to the class line otherwise.
 */
final class SourceLocator {
  /** A string literal on one line, its text (escapes kept) in group 1. */
  private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final Path projectRoot;
  private final Path sourceDir;
  private final Map<String, List<String>> files = new HashMap<>();

  /** A locator for sources under {@code sourceDir}; both null for compiled classes. */
  SourceLocator(Path projectRoot, Path sourceDir) {
    this.projectRoot = projectRoot;
    this.sourceDir = sourceDir;
  }

  /** The line declaring {@code type}. */
  String of(Class<?> type) {
    String shown = display(type);
    if (shown == null) {
      return type.getName();
    }
    int line = find(lines(type), declaration(type), 0);
    return line > 0 ? shown + ":" + line : shown;
  }

  /**
   * The line declaring attribute {@code name} of {@code type}: the field in the class or superclass
   * that declares it, else the class itself.
   */
  String of(Class<?> type, String name) {
    Class<?> declaring = declaringClass(type, name);
    if (declaring == null) {
      return of(type);
    }
    String shown = display(declaring);
    if (shown == null) {
      return declaring.getName() + "#" + name;
    }
    List<String> lines = lines(declaring);
    int classLine = find(lines, declaration(declaring), 0);
    // a type (or the end of a generic type) before the name, an initialiser or the end after it
    Pattern field = Pattern.compile("[\\w>\\]]\\s+" + Pattern.quote(name) + "\\s*(=|;)");
    int line = find(lines, field, Math.max(classLine, 0));
    return shown + ":" + (line > 0 ? line : Math.max(classLine, 1));
  }

  /**
   * For each of {@code texts} that {@code type}'s source holds as a string literal, where: {@code
   * file:line} of its first occurrence. One pass over the file, whatever the number of texts.
   */
  Map<String, String> literals(Class<?> type, Set<String> texts) {
    Map<String, String> found = new HashMap<>();
    String shown = display(type);
    if (shown == null) {
      return found;
    }
    List<String> lines = lines(type);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = STRING_LITERAL.matcher(lines.get(i));
      while (m.find()) {
        if (texts.contains(m.group(1))) {
          found.putIfAbsent(m.group(1), shown + ":" + (i + 1));
        }
      }
    }
    return found;
  }

  private static Class<?> declaringClass(Class<?> type, String name) {
    Field f = Fields.find(type, name);
    return f == null ? null : f.getDeclaringClass();
  }

  private static Pattern declaration(Class<?> type) {
    return Pattern.compile(
        "\\b(class|record|enum|interface)\\s+" + Pattern.quote(type.getSimpleName()) + "\\b");
  }

  /** The 1-based number of the first code line at or after {@code from} matching, or 0. */
  private static int find(List<String> lines, Pattern pattern, int from) {
    for (int i = Math.max(from - 1, 0); i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
        continue;
      }
      if (line.contains("this.") || line.startsWith("return ")) {
        continue;
      }
      if (pattern.matcher(line).find()) {
        return i + 1;
      }
    }
    return 0;
  }

  private Path sourceFile(Class<?> type) {
    if (sourceDir == null) {
      return null;
    }
    String outer = type.getName().replaceFirst("\\$.*", "");
    Path file = sourceDir.resolve(outer.replace('.', '/') + ".java");
    return Files.isRegularFile(file) ? file : null;
  }

  private String display(Class<?> type) {
    Path file = sourceFile(type);
    if (file == null) {
      return null;
    }
    return projectRoot
        .toAbsolutePath()
        .normalize()
        .relativize(file.toAbsolutePath().normalize())
        .toString()
        .replace('\\', '/');
  }

  private List<String> lines(Class<?> type) {
    Path file = sourceFile(type);
    return files.computeIfAbsent(
        file.toString(),
        k -> {
          try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
          } catch (IOException e) {
            return List.of();
          }
        });
  }
}
