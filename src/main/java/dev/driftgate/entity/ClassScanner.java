package dev.driftgate.entity;

import dev.driftgate.error.DriftgateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Lists the classes in class directories and jars, optionally within one package tree. */
final class ClassScanner {
  private ClassScanner() {}

  static List<String> classNames(List<Path> entries, String packagePrefix) {
    TreeSet<String> names = new TreeSet<>();
    for (Path entry : entries) {
      if (Files.isDirectory(entry)) {
        directory(entry, names);
      } else if (Files.isRegularFile(entry)) {
        jar(entry, names);
      } else {
        throw DriftgateException.badInput(
            "--entities-classpath: " + entry + " is neither a directory nor a jar");
      }
    }
    return names.stream().filter(n -> inPackage(n, packagePrefix)).toList();
  }

  static boolean inPackage(String className, String packagePrefix) {
    return packagePrefix == null
        || className.startsWith(packagePrefix + ".")
        || className.equals(packagePrefix);
  }

  private static void directory(Path dir, TreeSet<String> names) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths
          .filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .forEach(path -> add(path, names));
    } catch (IOException e) {
      throw DriftgateException.badInput(dir + ": cannot be listed (" + e.getMessage() + ")");
    }
  }

  private static void jar(Path file, TreeSet<String> names) {
    try (JarFile jar = new JarFile(file.toFile())) {
      List<String> paths = new ArrayList<>();
      for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
        paths.add(e.nextElement().getName());
      }
      paths.forEach(path -> add(path, names));
    } catch (IOException e) {
      throw DriftgateException.badInput(
          "--entities-classpath: " + file + " is not a readable jar (" + e.getMessage() + ")");
    }
  }

  private static void add(String path, TreeSet<String> names) {
    if (path.endsWith(".class")
        && !path.endsWith("module-info.class")
        && !path.endsWith("package-info.class")
        && !path.startsWith("META-INF/")) {
      names.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
    }
  }
}
