package dev.driftgate.bench;

import dev.driftgate.catalog.CatalogReader;
import dev.driftgate.model.Catalog;
import dev.driftgate.postgres.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The floor of one project: what PostgreSQL and its own clients need for the work {@code verify}
 * cannot skip. An embedded server started as driftgate starts it (same settings); per tier {@code
 * psql -f} of its canonical section into a fresh database, the replay ({@code psql -1 -f} of the
 * baseline and of each migration, one process each) into another, and {@code pg_dump --schema-only}
 * of both. First one step after the other (the floor of the brief, with each component), then on
 * the same server with all builds at once and all dumps at once, as verify runs them.
 */
final class FloorRun {
  static final String FLOOR = "floor: start + create + builds + replays + dumps";
  static final String PARALLEL_FLOOR = "parallel floor: start + create + (builds ∥) + (dumps ∥)";

  private final List<TierScripts> tiers;
  private final Path work;

  FloorRun(List<TierScripts> tiers, Path work) {
    this.tiers = tiers;
    this.work = work;
  }

  Sample measure() throws IOException, SQLException {
    Sample s = new Sample();
    long start = System.nanoTime();
    try (EmbeddedServer server = EmbeddedServer.start()) {
      long started = s.since("server start (embedded, Java API)", start);
      Psql psql = new Psql(server, work.resolve("psql.log"));
      long floor =
          started + create(server, "floor", s, "create " + 2 * tiers.size() + " databases");
      for (TierScripts t : tiers) {
        long t0 = System.nanoTime();
        psql.file(database("floor", t, "setup"), t.setup(), false);
        floor += s.since(t.tier() + " setup build (psql -f)", t0);
        t0 = System.nanoTime();
        replay(psql, database("floor", t, "replay"), t);
        floor += s.since(t.tier() + " replay (psql -1 -f, " + files(t) + " files)", t0);
        t0 = System.nanoTime();
        dump(psql, "floor", t);
        floor += s.since(t.tier() + " pg_dump --schema-only ×2", t0);
      }
      s.millis(FLOOR, floor);
      for (TierScripts t : tiers) {
        catalogRead(server, database("floor", t, "setup"), t.tier(), s);
      }
      s.millis(PARALLEL_FLOOR, started + parallel(server, psql, s));
    }
    return s;
  }

  /**
   * The catalog read of one database by itself, as verify does it (every query, in one snapshot),
   * outside the floor's sum: the bench JVM is warm from the warm-up run.
   */
  private static void catalogRead(EmbeddedServer server, String database, String tier, Sample s)
      throws SQLException {
    try (Connection c = server.connect(database)) {
      long t0 = System.nanoTime();
      Catalog catalog = CatalogReader.read(c);
      s.since(tier + " catalog read alone (" + catalog.tables().size() + " tables, warm JVM)", t0);
    }
  }

  /** All builds and replays at once, then all dumps at once; returns their wall time. */
  private long parallel(EmbeddedServer server, Psql psql, Sample s)
      throws IOException, SQLException {
    long total = create(server, "par", s, "parallel: create databases");
    ExecutorService pool = Executors.newFixedThreadPool(2 * tiers.size());
    try {
      List<Callable<Void>> builds = new ArrayList<>();
      List<Callable<Void>> dumps = new ArrayList<>();
      for (TierScripts t : tiers) {
        builds.add(() -> run(() -> psql.file(database("par", t, "setup"), t.setup(), false)));
        builds.add(() -> run(() -> replay(psql, database("par", t, "replay"), t)));
        for (String side : List.of("setup", "replay")) {
          String db = database("par", t, side);
          dumps.add(() -> run(() -> psql.dump(db, work.resolve(db + ".dump.sql"))));
        }
      }
      long t0 = System.nanoTime();
      all(pool, builds);
      total += s.since("parallel: builds and replays, all at once", t0);
      t0 = System.nanoTime();
      all(pool, dumps);
      total += s.since("parallel: dumps, all at once", t0);
      return total;
    } finally {
      pool.shutdownNow();
    }
  }

  private long create(EmbeddedServer server, String prefix, Sample s, String figure)
      throws SQLException {
    long t0 = System.nanoTime();
    try (Connection c = server.connect("postgres");
        Statement statement = c.createStatement()) {
      for (TierScripts t : tiers) {
        statement.execute("CREATE DATABASE " + database(prefix, t, "setup"));
        statement.execute("CREATE DATABASE " + database(prefix, t, "replay"));
      }
    }
    return s.since(figure, t0);
  }

  private static void replay(Psql psql, String database, TierScripts t) throws IOException {
    if (t.baseline() != null) {
      psql.file(database, t.baseline(), true);
    }
    for (Path migration : t.migrations()) {
      psql.file(database, migration, true);
    }
  }

  private void dump(Psql psql, String prefix, TierScripts t) throws IOException {
    for (String side : List.of("setup", "replay")) {
      String db = database(prefix, t, side);
      psql.dump(db, work.resolve(db + ".dump.sql"));
    }
  }

  private static int files(TierScripts t) {
    return t.migrations().size() + (t.baseline() == null ? 0 : 1);
  }

  private static String database(String prefix, TierScripts t, String side) {
    return prefix + "_" + t.tier() + "_" + side;
  }

  /** A step that may fail with an I/O error. */
  private interface Step {
    void run() throws IOException;
  }

  private static Void run(Step step) throws IOException {
    step.run();
    return null;
  }

  private static void all(ExecutorService pool, List<Callable<Void>> work) throws IOException {
    try {
      for (Future<Void> f : pool.invokeAll(work)) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    }
  }
}
