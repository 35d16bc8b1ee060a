package dev.driftgate.entity;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;

/**
 * javac's verdict as one line: the first error as {@code entities/dev/x/Foo.java:12: message}, the
 * rest as a count.
 */
final class CompileErrors {
  private CompileErrors() {}

  static String describe(Path projectRoot, DiagnosticCollector<JavaFileObject> diagnostics) {
    List<Diagnostic<? extends JavaFileObject>> errors =
        diagnostics.getDiagnostics().stream().filter(SourceCompiler::isError).toList();
    if (errors.isEmpty()) {
      return "entities/: javac failed without reporting an error";
    }
    Diagnostic<? extends JavaFileObject> first = errors.get(0);
    String message = first.getMessage(Locale.ROOT).lines().findFirst().orElse("").strip();
    String more =
        errors.size() == 1
            ? ""
            : " (and " + (errors.size() - 1) + " more error" + (errors.size() == 2 ? ")" : "s)");
    return where(projectRoot, first) + ": " + message + more;
  }

  private static String where(Path projectRoot, Diagnostic<? extends JavaFileObject> d) {
    if (d.getSource() == null) {
      return "entities/";
    }
    Path file = Path.of(d.getSource().toUri()).toAbsolutePath().normalize();
    Path root = projectRoot.toAbsolutePath().normalize();
    String shown =
        (file.startsWith(root) ? root.relativize(file) : file).toString().replace('\\', '/');
    return d.getLineNumber() > 0 ? shown + ":" + d.getLineNumber() : shown;
  }
}
