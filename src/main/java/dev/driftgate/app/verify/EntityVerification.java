package dev.driftgate.app.verify;

import dev.driftgate.app.build.BuiltDatabase;
import dev.driftgate.app.build.EntitySettings;
import dev.driftgate.app.build.Runs;
import dev.driftgate.app.build.Stopwatch;
import dev.driftgate.app.build.VerifyInputs;
import dev.driftgate.app.build.VerifyInputs.TierInputs;
import dev.driftgate.config.CacheDirectory;
import dev.driftgate.config.Manifest;
import dev.driftgate.config.Project;
import dev.driftgate.config.Tier;
import dev.driftgate.entity.EntityLoader;
import dev.driftgate.entity.EntitySource;
import dev.driftgate.error.DriftgateException;
import dev.driftgate.model.Mapping;
import dev.driftgate.report.Check;
import dev.driftgate.report.CheckResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The entity checks of {@code verify} (SPEC §7.6): loads the entities on a thread of its own as
 * soon as the project is read, so that javac and Hibernate's boot (seconds) run while the databases
 * are built, then checks each tier's two databases against the tier's entities.
 */
final class EntityVerification implements AutoCloseable {
  private final ExecutorService executor;
  private final CompletableFuture<EntityLoader.Loaded> loading;
  private final Map<String, String> packages;
  private final Map<String, String> skippedTiers;
  private final String absent;
  private final String namingNote;
  private final Map<String, CompletableFuture<EntityLegs.Leg>> setupLegs =
      new java.util.concurrent.ConcurrentHashMap<>();

  private EntityVerification(
      ExecutorService executor,
      CompletableFuture<EntityLoader.Loaded> loading,
      Map<String, String> packages,
      Map<String, String> skippedTiers,
      String absent,
      String namingNote) {
    this.executor = executor;
    this.loading = loading;
    this.packages = packages;
    this.skippedTiers = skippedTiers;
    this.absent = absent;
    this.namingNote = namingNote;
  }

  /** Starts loading the entities of the project, if it has any. */
  static EntityVerification start(VerifyInputs inputs, EntityOptions options, Stopwatch stopwatch) {
    Project project = inputs.project();
    EntitySource source = source(project, options);
    if (source == null) {
      return new EntityVerification(
          null,
          null,
          Map.of(),
          Map.of(),
          "no entities/ directory and no --entities-classpath",
          null);
    }
    Map<String, String> groups = new LinkedHashMap<>();
    Map<String, String> skipped = new LinkedHashMap<>();
    Manifest manifest = project.manifest();
    for (Tier tier : manifest.tiers().values()) {
      if (tier.entitiesPackage() != null) {
        groups.put(tier.name(), tier.entitiesPackage());
      } else if (manifest.tiers().size() == 1) {
        groups.put(tier.name(), options.packagePrefix());
      } else {
        skipped.put(
            tier.name(),
            "the tier names no entities package in "
                + Project.MANIFEST
                + " ({ database: "
                + tier.database()
                + ", entities: <package> })");
      }
    }
    EntityLoader loader =
        new EntityLoader(
            options.cacheDir() == null
                ? CacheDirectory.root().resolve("entities")
                : options.cacheDir());
    EntitySettings settings =
        EntitySettings.read(project.root(), options.chosenNaming(), options.springProfile());
    ExecutorService executor = Executors.newSingleThreadExecutor(EntityVerification::daemon);
    CompletableFuture<EntityLoader.Loaded> loading =
        CompletableFuture.supplyAsync(
            () -> {
              EntityLoader.Loaded loaded =
                  stopwatch.time(
                      "entities load", () -> loader.load(source, groups, settings.boot()));
              loaded.millis().forEach((step, ms) -> stopwatch.record("entities " + step, ms));
              return loaded;
            },
            executor);
    return new EntityVerification(executor, loading, groups, skipped, null, settings.note());
  }

  private static EntitySource source(Project project, EntityOptions options) {
    if (options.packagePrefix() != null
        && !options.packagePrefix().matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) {
      throw DriftgateException.badInput(
          "--entities-package: '" + options.packagePrefix() + "' is not a Java package name");
    }
    for (Path entry : options.classpath()) {
      if (!Files.exists(entry)) {
        throw DriftgateException.badInput("--entities-classpath: " + entry + " does not exist");
      }
    }
    if (!options.classpath().isEmpty()) {
      return new EntitySource.Classpath(
          options.classpath(), options.packagePrefix(), options.persistenceUnit());
    }
    if (options.persistenceUnit() != null) {
      throw DriftgateException.badInput(
          "--persistence-unit needs --entities-classpath: a unit is read from the compiled"
              + " classes' META-INF/persistence.xml");
    }
    if (Files.isDirectory(project.entitiesDir())) {
      return new EntitySource.Sources(project.root(), project.entitiesDir());
    }
    return null;
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "driftgate-entities");
    t.setDaemon(true);
    return t;
  }

  /** The entity checks of one tier. */
  List<CheckResult> results(TierInputs tier, BuiltDatabase setup, BuiltDatabase replay) {
    String reason = reason(tier);
    if (reason != null) {
      return List.of(
          CheckResult.skipped(tier.name(), Check.ENTITIES_VS_SETUP, "skipped: " + reason),
          CheckResult.skipped(tier.name(), Check.ENTITIES_VS_MIGRATIONS, "skipped: " + reason));
    }
    CompletableFuture<EntityLegs.Leg> early = setupLegs.get(tier.name());
    Mapping mapping = loaded().mappings().get(tier.name());
    return EntityLegs.check(
        tier.name(),
        mapping,
        tier.setup() == null ? null : setup,
        early == null ? null : Runs.await(early),
        replay);
  }

  /**
   * Starts comparing a tier's entities with its setup database as soon as that is built, while its
   * migrations are still replayed (at 1,000 tables, a leg takes a sixth of a second).
   */
  void setupBuilt(TierInputs tier, BuiltDatabase setup) {
    if (loading == null || tier.setup() == null || setup.failed()) {
      return;
    }
    setupLegs.put(
        tier.name(),
        loading.thenApplyAsync(
            loaded ->
                reason(tier) == null
                    ? EntityLegs.setupLeg(tier.name(), loaded.mappings().get(tier.name()), setup)
                    : null,
            executor));
  }

  /** Why a tier's entities are not checked; null when they are. */
  private String reason(TierInputs tier) {
    String reason = absent != null ? absent : skippedTiers.get(tier.name());
    if (reason == null && loaded().mappings().get(tier.name()).entities().isEmpty()) {
      String prefix = packages.get(tier.name());
      reason = "no @Entity classes" + (prefix == null ? "" : " in package " + prefix);
    }
    return reason;
  }

  /** Lines for the report: where the entities came from, how many each tier has. */
  List<String> notes() {
    if (loading == null) {
      return List.of();
    }
    EntityLoader.Loaded loaded = loaded();
    List<String> notes = new ArrayList<>();
    StringBuilder counts = new StringBuilder();
    loaded
        .mappings()
        .forEach(
            (tier, m) ->
                counts
                    .append(counts.length() == 0 ? "" : ", ")
                    .append(tier)
                    .append(' ')
                    .append(m.entities().size())
                    .append(m.entities().size() == 1 ? " entity" : " entities"));
    notes.add(
        "entities: "
            + loaded.origin()
            + (counts.length() == 0 ? "" : "; checked " + counts)
            + "; "
            + namingNote);
    if (!loaded.ungrouped().isEmpty()) {
      notes.add(
          "entities: "
              + loaded.ungrouped().size()
              + " entity classes belong to no tier's package and were not checked: "
              + String.join(", ", loaded.ungrouped()));
    }
    return notes;
  }

  private EntityLoader.Loaded loaded() {
    return Runs.await(loading);
  }

  @Override
  public void close() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}
