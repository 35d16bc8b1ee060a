package dev.driftgate.entity;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads entity classes from their own directories and jars before asking driftgate's class loader:
 * a project's entities must win over same-named classes on the tool's classpath. Jakarta
 * Persistence, Hibernate and the JDK always come from driftgate, so that annotations are the types
 * Hibernate looks for.
 */
final class EntityClassLoader extends URLClassLoader {
  private static final List<String> SHARED =
      List.of(
          "java.",
          "javax.",
          "jdk.",
          "sun.",
          "jakarta.",
          "org.hibernate.",
          "org.jboss.",
          "net.bytebuddy.",
          "org.slf4j.");

  EntityClassLoader(List<Path> entries, ClassLoader parent) {
    super("driftgate-entities", urls(entries), parent);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null && isOwn(name)) {
        try {
          loaded = findClass(name);
        } catch (ClassNotFoundException e) {
          loaded = null;
        }
      }
      if (loaded == null) {
        return super.loadClass(name, resolve);
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  private boolean isOwn(String name) {
    return SHARED.stream().noneMatch(name::startsWith)
        && findResource(name.replace('.', '/') + ".class") != null;
  }

  private static URL[] urls(List<Path> entries) {
    return entries.stream()
        .map(
            p -> {
              try {
                return p.toAbsolutePath().toUri().toURL();
              } catch (MalformedURLException e) {
                throw new IllegalArgumentException(p.toString(), e);
              }
            })
        .toArray(URL[]::new);
  }
}
