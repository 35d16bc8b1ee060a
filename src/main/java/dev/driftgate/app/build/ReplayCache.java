package dev.driftgate.app.build;

import dev.driftgate.app.build.VerifyInputs.TierInputs;
import dev.driftgate.catalog.CatalogState;
import dev.driftgate.postgres.PostgresServer;
import dev.driftgate.postgres.ScratchDatabases;
import dev.driftgate.postgres.Sessions;
import dev.driftgate.sqlscript.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Replay states kept between runs (issue: verify in a second after editing one migration): the
 * database after a tier's canonical script, and after each prefix of its migrations, kept in the
 * embedded server's kept cluster under a key of everything that determines it ({@link CacheKeys}),
 * with what the run that built it recorded ({@link CacheEntry}) in files beside the cluster. A run
 * reads a state it finds as it is, or clones it to go on from there; it never changes one.
 */
public final class ReplayCache {
  static final String PREFIX = "driftgate_cache_";

  /** The file beside the kept cluster that names its server's version, for runs without one. */
  static final String SERVER_VERSION = "server-version";

  /** The file beside the kept cluster with the size of each kept state. */
  private static final String SIZES = "state-sizes";

  private final ScratchDatabases databases;
  private final CacheFiles files;
  private final CacheKeys keys;
  private final Optional<CachePrefetch> prefetch;
  private final java.util.concurrent.CompletableFuture<Optional<Set<String>>> listing;
  private final java.util.concurrent.atomic.AtomicInteger reused =
      new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicInteger readChanged =
      new java.util.concurrent.atomic.AtomicInteger();
  private volatile boolean grew;
  private final java.util.Queue<java.util.concurrent.CompletableFuture<Void>> writing =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  private ReplayCache(
      ScratchDatabases databases,
      CacheFiles files,
      CacheKeys keys,
      java.util.concurrent.CompletableFuture<Optional<Set<String>>> listing,
      Optional<CachePrefetch> prefetch) {
    this.databases = databases;
    this.files = files;
    this.keys = keys;
    this.listing = listing;
    this.prefetch = prefetch;
  }

  /**
   * The cache of a run, when its server keeps databases between runs; {@code policy} names how the
   * scripts run (it changes what they build), and only builds without superuser rights are cached
   * (a superuser script could leave what the cache cannot see, such as roles); {@code prefetch}:
   * its keys and entries, worked out while the server started.
   */
  public static Optional<ReplayCache> open(
      PostgresServer server,
      ScratchDatabases databases,
      String policy,
      Optional<CachePrefetch> prefetch) {
    Optional<Path> kept = server.keptDirectory();
    if (kept.isEmpty() || !databases.leastPrivilege()) {
      return Optional.empty();
    }
    try {
      CacheFiles files = CacheFiles.in(kept.get());
      String version = server.info().version();
      writeServerVersion(kept.get(), version);
      // the kept states are listed (and strays sealed) while the run works out its keys and reads
      // its entries: every use of the list waits for it
      java.util.concurrent.CompletableFuture<Optional<Set<String>>> listing =
          java.util.concurrent.CompletableFuture.supplyAsync(() -> keptStates(databases));
      return Optional.of(
          new ReplayCache(
              databases, files, new CacheKeys(salt(version, policy)), listing, prefetch));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // a cache that cannot be used is a slower run, not a failed one
    }
  }

  /** The kept states, sealed; empty when they cannot be listed (the cache is then not used). */
  private static Optional<Set<String>> keptStates(ScratchDatabases databases) {
    try {
      Set<String> states = java.util.concurrent.ConcurrentHashMap.newKeySet();
      states.addAll(databases.sealedKeptNames(PREFIX));
      return Optional.of(states);
    } catch (SQLException | RuntimeException e) {
      return Optional.empty(); // a cache that cannot be used is a slower run, not a failed one
    }
  }

  /** The kept states; an empty set for a cache whose states could not be listed. */
  private Set<String> states() {
    return listing.join().orElseGet(java.util.concurrent.ConcurrentHashMap::newKeySet);
  }

  /** Whether the kept states could be listed: a cache that cannot be used keeps nothing. */
  private boolean usable() {
    return listing.join().isPresent();
  }

  /** What every key depends on besides the scripts: driftgate, the server, how scripts run. */
  static String salt(String serverVersion, String policy) {
    return String.join(
        "|", ToolVersion.get(), serverVersion, ScratchTemplate.PREPARED.key(), policy);
  }

  private static void writeServerVersion(Path kept, String version) throws IOException {
    Path file = kept.resolve(SERVER_VERSION);
    if (Files.isRegularFile(file) && Files.readString(file).equals(version)) {
      return;
    }
    dev.driftgate.config.CacheDirectory.replace(file, version);
  }

  CacheKeys keys() {
    return keys;
  }

  /** The database holding a state. */
  static String database(String key) {
    return PREFIX + key.substring(0, 40);
  }

  /** A state this cache holds (its database and its entry), marked as used now. */
  Optional<CacheEntry> state(String key) {
    Optional<CacheEntry> state = states().contains(database(key)) ? entry(key) : Optional.empty();
    state.ifPresent(s -> reused.incrementAndGet());
    return state;
  }

  /** What the cache recorded about a key, whether or not it still holds the state's database. */
  Optional<CacheEntry> entry(String key) {
    return files.entry(key);
  }

  /** Records what a run learnt about a key. */
  void record(String key, CacheEntry entry) {
    files.record(key, entry);
  }

  /** Reads a state's catalog and blame from its database. */
  @FunctionalInterface
  interface Reading {
    DatabaseBuilder.Snapshot read(Sessions sessions) throws SQLException;
  }

  /**
   * A kept state's catalog and blame: as a run wrote them down, else read from its database (as the
   * administrator: the state is sealed) and written down for the next run.
   */
  DatabaseBuilder.Snapshot snapshotOf(String key, Reading reading) throws SQLException {
    Optional<DatabaseBuilder.Snapshot> written = files.snapshot(key);
    if (written.isPresent()) {
      return written.get();
    }
    try (Sessions sessions = databases.administratorSessions(database(key))) {
      DatabaseBuilder.Snapshot snapshot = reading.read(sessions);
      files.remember(key, snapshot);
      return snapshot;
    }
  }

  /**
   * Writes down a state's catalog and blame for the runs that find it unchanged: in the background,
   * while the run compares (a 900-table snapshot takes a tenth of a second); {@link #evict} waits
   * for it.
   */
  void remember(String key, DatabaseBuilder.Snapshot snapshot) {
    writing.add(
        java.util.concurrent.CompletableFuture.runAsync(() -> files.remember(key, snapshot)));
  }

  /**
   * Whether a trial wrote down the catalog it started from under {@code name} ({@link
   * TrialReplay}), with its objects: the next trial reads again only what its migration changed.
   */
  boolean hasBase(String name) {
    return files.hasBase(name);
  }

  /** Those objects, loaded in the background. */
  java.util.concurrent.CompletableFuture<Optional<dev.driftgate.catalog.CatalogObjects>>
      baseObjects(String name) {
    return java.util.concurrent.CompletableFuture.supplyAsync(() -> files.baseObjects(name));
  }

  /**
   * That catalog itself, loaded in the background; it is kept as what differs from the tier's
   * setup, which {@code setup} completes with.
   */
  java.util.concurrent.CompletableFuture<Optional<dev.driftgate.model.Catalog>> baseCatalog(
      String name, java.util.concurrent.CompletableFuture<dev.driftgate.model.Catalog> setup) {
    return java.util.concurrent.CompletableFuture.supplyAsync(
        () -> files.baseCatalog(name, setup::join));
  }

  /**
   * Writes down the catalog a trial started from, in the background (see {@link #remember}): as
   * what differs from the tier's setup, once that is built.
   */
  void rememberBase(
      String name,
      CatalogState base,
      java.util.concurrent.CompletableFuture<dev.driftgate.model.Catalog> setup) {
    writing.add(
        java.util.concurrent.CompletableFuture.runAsync(
            () -> files.rememberBase(name, base, setup.join())));
  }

  /** Drops a state the run may have changed (a trial whose transaction ended). */
  void forget(String database) {
    states().remove(database);
    databases.dropKept(database);
  }

  /** Keeps a database the run built as the state {@code key}, once the run is over. */
  void keep(String database, String key) {
    if (usable()) {
      databases.keepAs(database, database(key));
      grew = true;
    }
  }

  /** Keeps a copy of a database the run is building, as it is now, as the state {@code key}. */
  void snapshot(String database, String key) {
    if (usable() && databases.copyAs(database, database(key))) {
      states().add(database(key));
      grew = true;
    }
  }

  /**
   * Where a tier's replay can go on from: the longest prefix of its migrations whose state the
   * cache holds and whose every step passed its probe (or was not probed); {@code written}: a whole
   * replay whose last state was only written down (a trial's, {@link TrialReplay}) counts as held,
   * for a run that reads the state and needs no database of it.
   */
  Resume resume(TierInputs tier, boolean written) {
    Optional<CachePrefetch.Chain> early = prefetch.flatMap(p -> p.chain(keys, tier));
    List<String> chain = early.map(CachePrefetch.Chain::keys).orElseGet(() -> keys.chain(tier));
    List<Statement> journal = new ArrayList<>();
    List<Statement> upToState = null;
    int position = -1;
    // read at once (a 900-table replay's entries are 1.4 MB of JSON); a key not kept is no file
    List<Optional<CacheEntry>> entries =
        early
            .map(CachePrefetch.Chain::entries)
            .orElseGet(() -> chain.parallelStream().map(this::entry).toList());
    for (int i = 0; i < chain.size(); i++) {
      Optional<CacheEntry> entry = entries.get(i);
      if (entry.isEmpty() || !entry.get().reusable()) {
        break;
      }
      journal.addAll(entry.get().statements());
      boolean last = i == chain.size() - 1;
      if (states().contains(database(chain.get(i)))
          || (written && last && files.hasSnapshot(chain.get(i)))) {
        position = i;
        upToState = List.copyOf(journal);
      }
    }
    if (position >= 0) {
      reused.incrementAndGet();
    }
    return new Resume(chain, position, upToState == null ? List.of() : upToState);
  }

  /** What the run says about the cache: how many builds went on from a kept state. */
  public String note() {
    int changed = readChanged.get();
    return "replay cache: "
        + reused.get()
        + (reused.get() == 1 ? " build" : " builds")
        + " went on from a state kept by an earlier run"
        + (changed == 0
            ? ""
            : ", "
                + changed
                + (changed == 1 ? " catalog read" : " catalog reads")
                + " took only what a tried migration changed")
        + " ("
        + files.directory().getParent()
        + "; --no-cache turns it off)";
  }

  /** Counts a catalog read that read again only what a tried migration changed. */
  void readChanged() {
    readChanged.incrementAndGet();
  }

  /** Why a run that asked for the cache goes without it. */
  public static String unused(PostgresServer server, boolean leastPrivilege) {
    if (!leastPrivilege) {
      return "replay cache: not used with --trust-scripts";
    }
    return server.keptDirectory().isPresent()
        ? "replay cache: not usable this time; verified without it"
        : "replay cache: not used (another driftgate run holds it, or the server is not embedded)";
  }

  /**
   * After a run that kept a new state, waits for the snapshots being written, drops the least
   * recently used states until the kept databases fit the limit ({@code DRIFTGATE_CACHE_MB},
   * default 4096), and forgets entries unused for 30 days. A run that kept nothing new (a trial's,
   * an unchanged one's) leaves the cache as it is, and its snapshots are still being written: a run
   * waits for them ({@link #settle}) once its server has stopped.
   */
  public void evict() {
    if (grew) {
      settle();
      evict(limitMegabytes() << 20);
    }
  }

  /**
   * Waits for the snapshots being written: 0.1 s for a trial's at 1,000 tables, while the run
   * closes its databases and stops its server. A write never fails (see {@link #remember}), and
   * each moves its file into place whole.
   */
  public void settle() {
    writing.forEach(java.util.concurrent.CompletableFuture::join);
  }

  /** {@link #evict()} to {@code limit} bytes. */
  void evict(long limit) {
    java.util.Map<String, Long> sizes = sizes(databases.keptNames(PREFIX));
    long total = sizes.values().stream().mapToLong(Long::longValue).sum();
    List<String> oldestFirst =
        sizes.keySet().stream().sorted(java.util.Comparator.comparing(this::lastUsed)).toList();
    for (String database : oldestFirst) {
      if (total <= limit) {
        break;
      }
      databases.dropKept(database);
      states().remove(database);
      total -= sizes.get(database);
    }
    forgetOldEntries();
  }

  /**
   * The sizes of the kept states: a state never changes, so its size is measured once and written
   * down beside the cluster ({@value #SIZES}); only new states are measured.
   */
  private java.util.Map<String, Long> sizes(Set<String> names) {
    Path file = files.directory().resolveSibling(SIZES);
    java.util.Map<String, Long> sizes = new java.util.HashMap<>();
    try {
      if (Files.isRegularFile(file)) {
        for (String line : Files.readAllLines(file)) {
          String[] parts = line.split("\t");
          if (parts.length == 2 && names.contains(parts[0])) {
            sizes.put(parts[0], Long.parseLong(parts[1]));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      sizes.clear(); // measured again
    }
    List<String> unknown = names.stream().filter(n -> !sizes.containsKey(n)).toList();
    if (!unknown.isEmpty()) {
      sizes.putAll(databases.keptSizes(unknown));
      StringBuilder lines = new StringBuilder();
      sizes.forEach((name, size) -> lines.append(name).append('\t').append(size).append('\n'));
      try {
        dev.driftgate.config.CacheDirectory.replace(file, lines.toString());
      } catch (IOException e) {
        // measured again next time
      }
    }
    return sizes;
  }

  private static long limitMegabytes() {
    try {
      return Long.parseLong(System.getenv().getOrDefault("DRIFTGATE_CACHE_MB", "4096").strip());
    } catch (NumberFormatException e) {
      return 4096;
    }
  }

  private FileTime lastUsed(String database) {
    String key = database.substring(PREFIX.length());
    try (java.nio.file.DirectoryStream<Path> found =
        Files.newDirectoryStream(files.directory(), key + "*.json")) {
      for (Path file : found) {
        return Files.getLastModifiedTime(file);
      }
    } catch (IOException e) {
      // unknown: oldest
    }
    return FileTime.fromMillis(0);
  }

  private void forgetOldEntries() {
    FileTime limit = FileTime.from(Instant.now().minus(java.time.Duration.ofDays(30)));
    try (java.util.stream.Stream<Path> all = Files.list(files.directory())) {
      for (Path file : all.toList()) {
        if (Files.getLastModifiedTime(file).compareTo(limit) < 0) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException e) {
      // forgotten next time
    }
  }

  /**
   * A replay's keys ({@code chain.get(0)}: the baseline applied, {@code chain.get(i)}: after the
   * i-th migration) and where it goes on from: {@code position} −1 is from nothing, else the state
   * {@code chain.get(position)}, whose run recorded {@code journal} on the way there.
   */
  record Resume(List<String> chain, int position, List<Statement> journal) {
    boolean complete() {
      return position == chain.size() - 1;
    }
  }
}
