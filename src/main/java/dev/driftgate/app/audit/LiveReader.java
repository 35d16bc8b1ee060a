package dev.driftgate.app.audit;

import dev.driftgate.catalog.CatalogFingerprint;
import dev.driftgate.catalog.CatalogReader;
import dev.driftgate.migrate.Ledger;
import dev.driftgate.migrate.TenantDatabases;
import dev.driftgate.postgres.Connector;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Reads one live database strictly read-only: a session that is read-only at login ({@code
 * default_transaction_read_only}) with the audit's statement and lock timeouts, then nothing but
 * the ledger and the catalog. The number of sessions open at once on one server is bounded.
 *
 * <p>The catalog is fingerprinted first, on the server ({@link CatalogFingerprint}: one row over
 * the wire); only a fingerprint not met before costs a whole catalog read, whose result the
 * databases with the same fingerprint share. In a fleet at head that is one read per distinct
 * schema instead of one per database. Before that, a raw fingerprint (each catalog row's place and
 * writer, read mostly through indexes) finds the clones of a database already seen on the same
 * server.
 */
final class LiveReader {
  private final Connector connector;
  private final String sessionOptions;
  private final ServerSlots slots;
  private final Map<String, LiveState> byFingerprint = new ConcurrentHashMap<>();
  private final Map<String, CompletableFuture<LiveState>> byRawFingerprint =
      new ConcurrentHashMap<>();
  private int fullReads;

  LiveReader(Connector connector, String sessionOptions, ServerSlots slots) {
    this.connector = connector;
    this.sessionOptions = sessionOptions;
    this.slots = slots;
  }

  /** Thrown when a database cannot be read: its row becomes {@code unreachable}. */
  static final class Unreachable extends Exception {
    Unreachable(String message) {
      super(message, null, false, false);
    }
  }

  LiveState read(AuditTarget t) throws Unreachable {
    if (t.refusal() != null) {
      throw new Unreachable(t.refusal()); // never connected to
    }
    Semaphore slot = slots.of(t.server());
    slot.acquireUninterruptibly();
    try (Connection c = connector.openReadOnly(t.endpoint(), t.settings(), sessionOptions)) {
      Optional<String> refusal = TenantDatabases.onServer(c, t.database());
      if (refusal.isPresent()) {
        throw new Unreachable(refusal.get());
      }
      Map<String, Ledger.Entry> ledger = Ledger.readIfPresent(c).orElse(null);
      LiveState catalog = catalog(c, t.server());
      return new LiveState(ledger, catalog.catalog(), catalog.fingerprint());
    } catch (dev.driftgate.error.DriftgateException e) {
      throw new Unreachable(e.getMessage());
    } catch (SQLException e) {
      throw new Unreachable(t.endpoint() + ": " + connector.describe(e));
    } finally {
      slot.release();
    }
  }

  /** How many databases were read whole (the others shared the catalog of an equal fingerprint). */
  synchronized int fullReads() {
    return fullReads;
  }

  /**
   * The catalog of the database (with its model's fingerprint; no ledger): the one of a database on
   * the same server with the same raw fingerprint (a clone; a database whose clone is being read
   * waits for that read instead of reading the same catalog again), else of one with the same
   * fingerprint, else read whole (two threads meeting a new fingerprint at once may both read it:
   * equal catalogs, one kept).
   */
  private LiveState catalog(Connection c, String server) throws SQLException {
    String raw = server + "|" + CatalogFingerprint.raw(c);
    CompletableFuture<LiveState> mine = new CompletableFuture<>();
    CompletableFuture<LiveState> first = byRawFingerprint.putIfAbsent(raw, mine);
    if (first != null) {
      try {
        return first.join();
      } catch (CompletionException e) {
        return fingerprinted(c); // the clone could not be read: this one is read on its own
      }
    }
    try {
      LiveState known = fingerprinted(c);
      mine.complete(known);
      return known;
    } catch (SQLException | RuntimeException e) {
      byRawFingerprint.remove(raw, mine);
      mine.completeExceptionally(e);
      throw e;
    }
  }

  /** The catalog of a database the raw fingerprint did not match: by fingerprint, or read whole. */
  private LiveState fingerprinted(Connection c) throws SQLException {
    String fingerprint = CatalogFingerprint.of(c);
    LiveState known = byFingerprint.get(fingerprint);
    if (known == null) {
      LiveState read = LiveState.of(null, CatalogReader.read(c));
      synchronized (this) {
        fullReads++;
      }
      LiveState first = byFingerprint.putIfAbsent(fingerprint, read);
      known = first == null ? read : first;
    }
    return known;
  }
}
