package dev.driftgate.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whether any entity class could carry a Bean Validation constraint, read from the class files
 * without loading them: applying the constraints costs a validator factory (a second or more per
 * tier), which a project without constraints need not pay. A jar is assumed to carry some.
 */
final class ConstraintScan {
  private static final List<String> PACKAGES =
      List.of("jakarta/validation/constraints/", "org/hibernate/validator/constraints/");

  private ConstraintScan() {}

  static boolean anyConstraint(List<Path> roots) {
    return roots.stream().anyMatch(ConstraintScan::inRoot);
  }

  private static boolean inRoot(Path root) {
    if (!Files.isDirectory(root)) {
      return true;
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".class"))
          .anyMatch(ConstraintScan::mentionsConstraint);
    } catch (IOException | UncheckedIOException e) {
      return true;
    }
  }

  private static boolean mentionsConstraint(Path classFile) {
    try {
      String text = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
      return PACKAGES.stream().anyMatch(text::contains);
    } catch (IOException e) {
      return true;
    }
  }
}
