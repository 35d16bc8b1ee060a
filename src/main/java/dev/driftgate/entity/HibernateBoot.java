package dev.driftgate.entity;

import dev.driftgate.error.DriftgateException;
import java.util.List;
import java.util.function.Function;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

/**
 * Hibernate's boot metamodel for a set of entity classes: the PostgreSQL dialect, no database
 * connection, no JDBC metadata, the application's naming and mapping settings, and Bean
 * Validation's DDL constraints where Hibernate would apply them ({@link ValidationDdl}). This is
 * how Hibernate itself would see the schema, without ever starting a session factory.
 */
final class HibernateBoot {
  private HibernateBoot() {}

  /**
   * Routes Hibernate's jboss-logging to SLF4J, whose no-op binding keeps the user's terminal quiet.
   * Must run before any Hibernate class initialises its logger.
   */
  static void quietLogging() {
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
  }

  /** Boots the metamodel of {@code classes} and hands it to {@code use} while it is open. */
  static <T> T withMetadata(
      List<Class<?>> classes,
      ClassLoader loader,
      BootSettings settings,
      Function<Metadata, T> use) {
    BootstrapServiceRegistry bootstrap =
        new BootstrapServiceRegistryBuilder()
            .applyClassLoaderService(new NonInitialisingClassLoaderService(loader))
            .build();
    StandardServiceRegistryBuilder settingsBuilder = new StandardServiceRegistryBuilder(bootstrap);
    settings.hibernate().forEach(settingsBuilder::applySetting);
    StandardServiceRegistry registry =
        settingsBuilder
            .applySetting("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect")
            .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
            .applySetting("jakarta.persistence.validation.mode", "none")
            .applySetting("hibernate.check_nullability", "false")
            .applySetting("hibernate.xml_mapping_enabled", "false")
            .build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      classes.forEach(sources::addAnnotatedClass);
      MetadataBuilder builder = sources.getMetadataBuilder();
      NamingStrategies.apply(settings.naming(), builder);
      Metadata metadata = builder.build();
      if (settings.validatorDdl()) {
        ValidationDdl.apply(
            metadata,
            bootstrap.requireService(
                org.hibernate.boot.registry.classloading.spi.ClassLoaderService.class),
            loader,
            settings.hibernate());
      }
      return use.apply(metadata);
    } catch (LinkageError | TypeNotPresentException e) {
      throw MissingClass.error(MissingClass.of(e).orElse(oneLine(e)), classes);
    } catch (org.hibernate.HibernateException | IllegalArgumentException e) {
      java.util.Optional<String> missing = MissingClass.of(e);
      if (missing.isPresent()) {
        throw MissingClass.error(missing.get(), classes);
      }
      throw DriftgateException.badInput("entities: Hibernate rejects the mapping: " + oneLine(e));
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    return message.replaceAll("\\s+", " ").trim();
  }
}
