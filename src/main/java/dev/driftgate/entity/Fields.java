package dev.driftgate.entity;

import java.lang.reflect.Field;

/** The Java fields behind mapped attributes. */
final class Fields {
  private Fields() {}

  /** The field {@code name} of {@code type} or of a superclass, or null. */
  static Field find(Class<?> type, String name) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.getName().equals(name)) {
          return f;
        }
      }
    }
    return null;
  }
}
