package dev.driftgate.model;

import java.util.Map;
import java.util.Optional;

/**
 * Where each object of a database came from: the {@code file:line} of the statement that created or
 * last altered it, keyed by the same object names findings use ({@code public.users}, {@code
 * public.users.email}, {@code public.users.users_email_key}, {@code public.set_updated_at()}).
 */
public record Provenance(Map<String, String> locations) implements java.io.Serializable {
  public static final Provenance NONE = new Provenance(Map.of());

  public Provenance {
    locations = Map.copyOf(locations);
  }

  /**
   * The location of an object, or of the nearest enclosing object that has one: a column without
   * its own record is blamed on the statement that last touched its table.
   */
  public Optional<String> locate(String objectName) {
    String name = objectName;
    while (true) {
      String found = locations.get(name);
      if (found != null) {
        return Optional.of(found);
      }
      int dot = name.lastIndexOf('.');
      if (dot <= 0 || name.indexOf('.') == dot) {
        return Optional.empty();
      }
      name = name.substring(0, dot);
    }
  }
}
