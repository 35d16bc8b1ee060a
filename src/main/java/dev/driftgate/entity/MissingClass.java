package dev.driftgate.entity;

import dev.driftgate.error.DriftgateException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;

/**
 * A class the entities need that their classpath does not hold (a superclass, an embeddable, a
 * converter, an attribute's type from another jar), turned into bad input that names the class, the
 * entity that needs it and how to add it, instead of an internal error.
 */
final class MissingClass {
  private MissingClass() {}

  /** The missing class a failure is about, searching its causes, if it is about one. */
  static Optional<String> of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) {
        return Optional.ofNullable(t.getMessage()).map(m -> m.replace('/', '.').strip());
      }
      if (t instanceof TypeNotPresentException e) {
        return Optional.of(e.typeName());
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  /** The error for {@code missing}, naming the first of {@code entities} that needs it. */
  static DriftgateException error(String missing, List<Class<?>> entities) {
    String entity =
        entities.stream().filter(MissingClass::fails).findFirst().map(Class::getName).orElse(null);
    return error(missing, entity);
  }

  static DriftgateException error(String missing, String entity) {
    return DriftgateException.badInput(
        "entities: class "
            + missing
            + " is not on the entity classpath"
            + (entity == null ? "" : "; entity " + entity + " needs it")
            + ": add the directory or jar that holds it to --entities-classpath (entries separated"
            + " by '"
            + java.io.File.pathSeparator
            + "')");
  }

  /** Whether reflecting on a class and its superclasses, as Hibernate does, fails to link. */
  private static boolean fails(Class<?> type) {
    try {
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          f.getGenericType().getTypeName();
        }
        for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
          m.getGenericReturnType().getTypeName();
        }
        c.getAnnotations();
      }
      return false;
    } catch (LinkageError | TypeNotPresentException e) {
      return true;
    }
  }
}
