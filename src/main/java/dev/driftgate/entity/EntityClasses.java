package dev.driftgate.entity;

import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The classes Hibernate must be told about: the {@code @Entity} classes, and the auto-applied
 * attribute converters every entity may use. Embeddables and mapped superclasses are found through
 * the entities.
 */
record EntityClasses(List<Class<?>> entities, List<Class<?>> converters) {

  static EntityClasses load(List<String> names, ClassLoader loader) {
    List<Class<?>> entities = new ArrayList<>();
    List<Class<?>> converters = new ArrayList<>();
    for (String name : names) {
      Class<?> type = load(name, loader);
      if (type == null) {
        continue;
      }
      if (type.isAnnotationPresent(Entity.class)) {
        entities.add(type);
      } else if (type.isAnnotationPresent(Converter.class)
          && type.getAnnotation(Converter.class).autoApply()) {
        converters.add(type);
      }
    }
    return new EntityClasses(List.copyOf(entities), List.copyOf(converters));
  }

  /**
   * A class the entities may not even need can fail to load (a missing dependency of a helper on
   * the classpath); it is skipped, and Hibernate reports it if an entity does need it. An entity
   * class that fails to load (its superclass is missing) is bad input: skipping it would leave its
   * table unchecked without a word.
   */
  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      if (isEntity(name, loader)) {
        throw MissingClass.error(MissingClass.of(e).orElse(e.toString()), name);
      }
      return null;
    }
  }

  /** Whether a class file carries {@code @Entity}, read without loading it. */
  private static boolean isEntity(String name, ClassLoader loader) {
    try (java.io.InputStream in = loader.getResourceAsStream(name.replace('.', '/') + ".class")) {
      return in != null
          && new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1)
              .contains("Ljakarta/persistence/Entity;");
    } catch (java.io.IOException e) {
      return false;
    }
  }

  List<Class<?>> entitiesIn(String prefix) {
    return entities.stream().filter(c -> ClassScanner.inPackage(c.getName(), prefix)).toList();
  }

  /** Entities outside every prefix; none when a group takes every entity. */
  List<String> outside(Collection<String> prefixes) {
    if (prefixes.contains(null)) {
      return List.of();
    }
    return entities.stream()
        .map(Class::getName)
        .filter(n -> prefixes.stream().noneMatch(p -> ClassScanner.inPackage(n, p)))
        .toList();
  }
}
