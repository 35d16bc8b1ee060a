package dev.driftgate.entity;

import dev.driftgate.error.DriftgateException;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;

/**
 * Turns the strategy class names of a {@link Naming} into Hibernate's strategies. Spring's
 * strategies (which driftgate does not ship) are replaced by {@link SpringNaming}, which names as
 * they do; Hibernate's own are instantiated; a project's own strategy is refused rather than run,
 * because a class from a pull request never runs on the CI machine (SPEC §7).
 */
final class NamingStrategies {
  private NamingStrategies() {}

  static void apply(Naming naming, MetadataBuilder builder) {
    if (naming.physical() != null) {
      builder.applyPhysicalNamingStrategy(physical(naming.physical()));
    }
    if (naming.implicit() != null) {
      builder.applyImplicitNamingStrategy(implicit(naming.implicit()));
    }
  }

  private static PhysicalNamingStrategy physical(String name) {
    if (name.endsWith(".CamelCaseToUnderscoresNamingStrategy")
        || name.endsWith(".SpringPhysicalNamingStrategy")) {
      return new SpringNaming.Physical();
    }
    return hibernate(name, PhysicalNamingStrategy.class);
  }

  private static ImplicitNamingStrategy implicit(String name) {
    if (name.endsWith(".SpringImplicitNamingStrategy")) {
      return new SpringNaming.Implicit();
    }
    return hibernate(name, ImplicitNamingStrategy.class);
  }

  private static <T> T hibernate(String name, Class<T> type) {
    if (name.startsWith("org.hibernate.")) {
      try {
        Class<?> strategy = Class.forName(name, true, NamingStrategies.class.getClassLoader());
        if (type.isAssignableFrom(strategy)) {
          return type.cast(strategy.getDeclaredConstructor().newInstance());
        }
      } catch (ReflectiveOperationException | LinkageError e) {
        // reported below, like any strategy driftgate cannot run
      }
    }
    throw DriftgateException.badInput(
        "entities: the naming strategy "
            + name
            + " is not one driftgate can apply (Spring's, or Hibernate's own; a project's own"
            + " strategy is never run); choose the naming it produces with --naming default or"
            + " --naming snake_case");
  }
}
