package dev.driftgate.entity;

import dev.driftgate.error.DriftgateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a directory of entity sources in-process with the JDK's compiler, against driftgate's
 * own Jakarta Persistence and Hibernate classes. The class files are cached by a content hash of
 * the sources ({@link CompileCache}), so an unchanged entity model compiles once.
 */
final class SourceCompiler {
  private static final List<String> OPTIONS =
      List.of("-proc:none", "-implicit:none", "-nowarn", "-Xlint:none", "-encoding", "UTF-8");

  private final CompileCache cache;

  SourceCompiler(CompileCache cache) {
    this.cache = cache;
  }

  /**
   * The class files of the sources under {@code sourceDir}, and whether they came from the cache.
   */
  record Result(Path classes, boolean cached, int sourceFiles) {}

  Result compile(Path projectRoot, Path sourceDir) {
    List<Path> sources = javaFiles(sourceDir);
    if (sources.isEmpty()) {
      return new Result(null, false, 0);
    }
    String key = CompileCache.key(sourceDir, sources);
    Path hit = cache.lookup(key);
    if (hit != null) {
      return new Result(hit, true, sources.size());
    }
    Path output = cache.reserve(key);
    try {
      javac(projectRoot, sources, output);
      return new Result(cache.commit(key, output), false, sources.size());
    } finally {
      CompileCache.deleteTree(output);
    }
  }

  private static void javac(Path projectRoot, List<Path> sources, Path output) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw DriftgateException.badInput(
          "entities/: compiling entity sources needs a JDK, but this Java runtime has no compiler;"
              + " run driftgate with a JDK or pass compiled classes with --entities-classpath");
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          Stream.concat(
                  OPTIONS.stream(),
                  Stream.of("-d", output.toString(), "-classpath", ToolClasspath.get()))
              .toList();
      boolean ok =
          javac
              .getTask(
                  new StringWriter(), // javac's own chatter; errors arrive as diagnostics
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjectsFromPaths(sources))
              .call();
      if (!ok) {
        throw DriftgateException.badInput(CompileErrors.describe(projectRoot, diagnostics));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> javaFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths
          .filter(p -> p.getFileName().toString().endsWith(".java") && Files.isRegularFile(p))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw DriftgateException.badInput(dir + ": cannot be listed (" + e.getMessage() + ")");
    }
  }

  /** Whether a diagnostic fails the compilation (warnings and notes do not). */
  static boolean isError(Diagnostic<?> d) {
    return d.getKind() == Diagnostic.Kind.ERROR;
  }
}
