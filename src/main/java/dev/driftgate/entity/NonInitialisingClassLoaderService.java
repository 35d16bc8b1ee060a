package dev.driftgate.entity;

import org.hibernate.boot.registry.classloading.internal.ClassLoaderServiceImpl;

/**
 * Hibernate's class loading, except that the project's own classes are loaded without running their
 * static initialisers: mapping an entity needs its annotations and fields, not its code, and an
 * entity class from a pull request must not run on the CI machine (SPEC §7). Hibernate's own {@code
 * classForName} initialises every class it loads.
 */
final class NonInitialisingClassLoaderService extends ClassLoaderServiceImpl {
  private final ClassLoader project;

  NonInitialisingClassLoaderService(ClassLoader project) {
    super(project);
    this.project = project;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> Class<T> classForName(String className) {
    try {
      return (Class<T>) Class.forName(className, false, project);
    } catch (ClassNotFoundException | LinkageError e) {
      return super.classForName(className);
    }
  }
}
