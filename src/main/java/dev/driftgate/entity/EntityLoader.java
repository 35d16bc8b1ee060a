package dev.driftgate.entity;

import dev.driftgate.model.Catalog;
import dev.driftgate.model.Mapping;
import dev.driftgate.model.Provenance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Loads JPA entities into one {@link Mapping} per group of packages (a group is a tier of the
 * project): compiles sources or opens a classpath, finds the {@code @Entity} classes, and boots
 * Hibernate's metamodel once per group, so that entities of different databases never meet.
 */
public final class EntityLoader {
  private final CompileCache cache;

  /** A loader that caches compiled sources under {@code cacheRoot}. */
  public EntityLoader(Path cacheRoot) {
    this.cache = new CompileCache(cacheRoot);
  }

  /**
   * What was loaded.
   *
   * @param mappings per group, the mapping of its entities (a group without entities maps nothing)
   * @param ungrouped entity classes that belong to no group's package
   * @param origin where the classes came from, for the report ("45 sources in entities/, cached")
   * @param millis how long each step took ({@code compile}, {@code boot <group>}), in order
   */
  public record Loaded(
      Map<String, Mapping> mappings,
      List<String> ungrouped,
      String origin,
      Map<String, Long> millis) {
    public Loaded {
      mappings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(mappings));
      ungrouped = List.copyOf(ungrouped);
      millis = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(millis));
    }
  }

  /**
   * Loads the entities of {@code source} for each group: group name to package prefix, or to null
   * for every entity.
   */
  public Loaded load(EntitySource source, Map<String, String> groups, BootSettings settings) {
    Map<String, Long> millis = new LinkedHashMap<>();
    long start = System.nanoTime();
    Classes classes = classes(source);
    millis.put(source instanceof EntitySource.Sources ? "compile" : "scan", since(start));
    if (classes.roots().isEmpty()) {
      return new Loaded(Map.of(), List.of(), classes.origin(), millis);
    }
    settings = classes.unit() == null ? settings : classes.unit().over(settings);
    String variant = MappingCache.variant(settings, groups);
    if (classes.cacheable()) {
      java.util.Optional<MappingCache.Entry> cached =
          MappingCache.read(classes.roots().get(0), variant);
      if (cached.isPresent()) {
        String origin = classes.origin() + ", mapped earlier (cached)";
        return new Loaded(cached.get().mappings(), cached.get().ungrouped(), origin, millis);
      }
    }
    BootSettings effective =
        settings.validatorDdl() && !ConstraintScan.anyConstraint(classes.roots())
            ? settings.withoutValidatorDdl()
            : settings;
    Loaded loaded = boot(classes, groups, effective, millis);
    if (classes.cacheable()) {
      MappingCache.write(
          classes.roots().get(0),
          variant,
          new MappingCache.Entry(loaded.mappings(), loaded.ungrouped()));
    }
    return loaded;
  }

  private Loaded boot(
      Classes classes,
      Map<String, String> groups,
      BootSettings settings,
      Map<String, Long> millis) {
    HibernateBoot.quietLogging();
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try (EntityClassLoader loader =
        new EntityClassLoader(classes.roots(), EntityLoader.class.getClassLoader())) {
      Thread.currentThread().setContextClassLoader(loader);
      EntityClasses found =
          EntityClasses.load(
              ClassScanner.classNames(classes.roots(), classes.prefix()).stream()
                  .filter(n -> classes.unit() == null || classes.unit().admits(n))
                  .toList(),
              loader);
      Map<String, Mapping> mappings = new LinkedHashMap<>();
      groups.forEach(
          (group, prefix) -> {
            long boot = System.nanoTime();
            mappings.put(group, map(found, prefix, loader, settings, classes.locator()));
            millis.put("boot " + group, since(boot));
          });
      return new Loaded(mappings, found.outside(groups.values()), classes.origin(), millis);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  private static long since(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  private static Mapping map(
      EntityClasses found,
      String prefix,
      ClassLoader loader,
      BootSettings settings,
      SourceLocator locator) {
    List<Class<?>> entities = found.entitiesIn(prefix);
    if (entities.isEmpty()) {
      return new Mapping(Catalog.empty(), Provenance.NONE, new TreeMap<>(), new TreeSet<>());
    }
    List<Class<?>> annotated = new ArrayList<>(entities);
    annotated.addAll(found.converters());
    return HibernateBoot.withMetadata(
        annotated, loader, settings, metadata -> MappingReader.read(metadata, locator));
  }

  /**
   * Class roots to scan, the package to scan them for, and how to locate declarations.
   *
   * @param cacheable the classes were compiled from sources into the cache, so what Hibernate makes
   *     of them may be cached next to them
   */
  private record Classes(
      List<Path> roots,
      String prefix,
      SourceLocator locator,
      String origin,
      boolean cacheable,
      PersistenceUnit unit) {}

  private Classes classes(EntitySource source) {
    if (source instanceof EntitySource.Sources s) {
      SourceCompiler.Result compiled = new SourceCompiler(cache).compile(s.projectRoot(), s.dir());
      if (compiled.sourceFiles() == 0) {
        return new Classes(List.of(), null, null, "no Java sources in entities/", false, null);
      }
      String origin =
          compiled.sourceFiles()
              + " sources in entities/"
              + (compiled.cached() ? ", compiled earlier (cached)" : ", compiled");
      return new Classes(
          List.of(compiled.classes()),
          null,
          new SourceLocator(s.projectRoot(), s.dir()),
          origin,
          true,
          null);
    }
    EntitySource.Classpath cp = (EntitySource.Classpath) source;
    PersistenceUnit unit =
        cp.persistenceUnit() == null
            ? null
            : PersistenceUnit.read(cp.entries(), cp.persistenceUnit());
    String origin =
        "--entities-classpath"
            + (cp.packagePrefix() == null ? "" : " (package " + cp.packagePrefix() + ")")
            + (unit == null ? "" : " (persistence unit " + unit.name() + ")");
    return new Classes(
        cp.entries(), cp.packagePrefix(), new SourceLocator(null, null), origin, false, unit);
  }
}
