package dev.driftgate.entity;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.internal.ClassLoaderAccessImpl;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Bean Validation constraints applied to the boot metamodel exactly as Hibernate applies them when
 * a validator is on the application's classpath ({@code @NotNull}, {@code @NotEmpty},
 * {@code @NotBlank} make a column NOT NULL, {@code @Size(max)} and {@code @Length} its length,
 * {@code @Digits} its precision and scale, {@code @Min} and {@code @Max} a check): Hibernate does
 * it while building a session factory, which driftgate never builds, so its own step ({@code
 * TypeSafeActivator.applyRelationalConstraints}, package-private in Hibernate) is called directly.
 * Driftgate ships the Hibernate version this runs against; a step that is not where it was expected
 * is an internal error, never a silently different schema.
 */
final class ValidationDdl {
  private static final String ACTIVATOR = "org.hibernate.boot.beanvalidation.TypeSafeActivator";

  private ValidationDdl() {}

  static void apply(
      Metadata metadata,
      ClassLoaderService classes,
      ClassLoader loader,
      Map<String, String> settings) {
    Collection<PersistentClass> entities = metadata.getEntityBindings();
    Dialect dialect = metadata.getDatabase().getDialect();
    try (ValidatorFactory factory = factory(loader)) {
      Method apply =
          Class.forName(ACTIVATOR, true, Metadata.class.getClassLoader())
              .getDeclaredMethod(
                  "applyRelationalConstraints",
                  ValidatorFactory.class,
                  Collection.class,
                  Map.class,
                  Dialect.class,
                  org.hibernate.boot.spi.ClassLoaderAccess.class);
      apply.setAccessible(true);
      apply.invoke(
          null,
          factory,
          entities,
          Map.copyOf(settings),
          dialect,
          new ClassLoaderAccessImpl(classes));
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("Hibernate's Bean Validation DDL step failed", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Hibernate's Bean Validation DDL step moved: " + e, e);
    }
  }

  /** Hibernate Validator without an expression language: messages are never rendered here. */
  private static ValidatorFactory factory(ClassLoader loader) {
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try {
      Thread.currentThread().setContextClassLoader(ValidationDdl.class.getClassLoader());
      return Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }
}
